import { expect } from 'chai';
import { createEngine } from '../../../engine/index.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import { completeOpen, daysFromNow, fixture, givenEngine, openTaskIds, waitFor, type EngineFixture } from '../../support/engine.js';

describe('Feature: timers, messages and sub-processes', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('events', fixture('events'));
  });
  afterEach(() => f.close());

  it('Scenario: a lane gives its role to a user task without candidateGroups, and expectedDuration sets expectedBy', async () => {
    const i = await f.engine.startInstance({ processKey: 'events' });
    const [task] = await f.engine.listTasks({ processInstanceId: i.id });
    expect(task.activityId).to.equal('check');
    expect(task.role).to.deep.equal(['nurse']);
    const days = (Date.parse(task.expectedBy as string) - Date.parse(task.createdAt)) / 86_400_000;
    expect(days).to.equal(14);
    expect(i.active.map((a) => a.activityId)).to.include.members(['sub', 'check']);
  });

  it('Scenario: an interrupting boundary timer. Given the check is not done in 21 days, When timers fire, Then the check is cancelled and a manager escalates', async () => {
    const i = await f.engine.startInstance({ processKey: 'events' });
    expect(await f.engine.fireDueTimers(daysFromNow(20))).to.equal(0);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['check']);
    expect(await f.engine.fireDueTimers(daysFromNow(22))).to.equal(1);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['escalate']);
    const cancelled = await f.engine.listTasks({ processInstanceId: i.id, state: 'cancelled' });
    expect(cancelled.map((t) => t.activityId)).to.deep.equal(['check']);
    expect((await f.engine.getInstance(i.id)).history.map((h) => h.activityId)).to.include('late');
  });

  it('Scenario: a message catch event. Given the check is done, When the results message arrives, Then the path waits a week and then asks for follow-up', async () => {
    const i = await f.engine.startInstance({ processKey: 'events' });
    await completeOpen(f.engine, i.id, 'check', 'nurse');
    expect((await f.engine.getInstance(i.id)).active.map((a) => a.activityId)).to.deep.equal(['waitResults']);
    const after = await f.engine.deliverMessage(i.id, 'results-arrived', { resultsReady: true });
    expect(after.variables.resultsReady).to.equal(true);
    expect(after.active.map((a) => a.activityId)).to.deep.equal(['pause']);
    expect(await f.engine.fireDueTimers(daysFromNow(6))).to.equal(0);
    expect(await f.engine.fireDueTimers(daysFromNow(8))).to.equal(1);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['followUp']);
  });

  it('Scenario: a message nobody waits for. When it is delivered, Then not_found and nothing changes', async () => {
    const i = await f.engine.startInstance({ processKey: 'events' });
    const before = await f.engine.getInstance(i.id);
    let error: unknown;
    try {
      await f.engine.deliverMessage(i.id, 'results-arrived');
    } catch (err) {
      error = err;
    }
    expect(error).to.have.property('code', 'not_found');
    expect((await f.engine.getInstance(i.id)).revision).to.equal(before.revision);
  });

  it('Scenario: a timer due while the server was down fires once on start', async () => {
    const i = await f.engine.startInstance({ processKey: 'events' });
    await completeOpen(f.engine, i.id, 'check', 'nurse');
    await f.engine.deliverMessage(i.id, 'results-arrived');
    await f.engine.close();
    // Eight days later a new engine process starts on the same file.
    const later = () => daysFromNow(8);
    const store = await createSqliteStore(f.file);
    const engine = await createEngine({ store, lint: false, clock: later, timerIntervalMs: 20 });
    f.engine = engine;
    await waitFor('the follow-up task', async () => (await openTaskIds(engine, i.id)).includes('followUp'));
    expect(await openTaskIds(engine, i.id)).to.deep.equal(['followUp']);
    const all = await engine.listTasks({ processInstanceId: i.id });
    expect(all.filter((t) => t.activityId === 'followUp')).to.have.length(1);
    expect(await engine.fireDueTimers(daysFromNow(30))).to.equal(0);
  });
});
