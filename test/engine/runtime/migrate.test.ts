import { expect } from 'chai';
import { completeOpen, daysFromNow, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

/** Version 2 renames `review` to `assess` and adds a consultation after the pause. */
describe('Feature: moving running paths to another version', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('moving v1', fixture('migrate-v1'));
  });
  afterEach(() => f.close());

  const deployV2 = () => f.engine.deploy('moving v2', fixture('migrate-v2'));
  const move = (extra: { mapping?: Record<string, string>; instanceIds?: string[]; dryRun?: boolean } = {}) =>
    f.engine.migrateInstances({ processKey: 'moving', fromVersion: 1, toVersion: 2, by: 'owner', ...extra });

  it('Scenario: an unmapped activity. Given a path waits in `review`, which version 2 lacks, When it is migrated without a mapping, Then it is refused and stays on version 1', async () => {
    const i = await f.engine.startInstance({ processKey: 'moving' });
    await deployV2();
    const result = await move();
    expect(result.migrated).to.deep.equal([]);
    expect(result.refused).to.deep.equal([{ id: i.id, reason: 'active activity review has no mapping in version 2' }]);
    expect((await f.engine.getInstance(i.id)).version).to.equal(1);
  });

  it('Scenario: an activity mapped to another kind of element is refused', async () => {
    await f.engine.startInstance({ processKey: 'moving' });
    await deployV2();
    const result = await move({ mapping: { review: 'waitReply' } });
    expect(result.refused[0].reason).to.match(/review \(bpmn:UserTask\) is mapped to waitReply, a bpmn:IntermediateCatchEvent/);
  });

  it('Scenario: a mapped activity. Given a path waits in `review`, When it moves with review → assess, Then its open task is the same task at `assess` on version 2, history says so, and it runs on version 2', async () => {
    const i = await f.engine.startInstance({ processKey: 'moving', variables: { referrer: 'occupational health' } });
    const [before] = await f.engine.listTasks({ processInstanceId: i.id, state: 'open' });
    await deployV2();
    const result = await move({ mapping: { review: 'assess' }, instanceIds: [i.id] });
    expect(result).to.deep.equal({ migrated: [i.id], refused: [] });

    const after = await f.engine.getInstance(i.id);
    expect(after.version).to.equal(2);
    expect(after.active.map((a) => a.activityId)).to.deep.equal(['assess']);
    expect(after.history.find((h) => h.type === 'migration')).to.include({ name: 'migrated from version 1', by: 'owner' });
    const [task] = await f.engine.listTasks({ processInstanceId: i.id, state: 'open' });
    expect(task).to.include({
      id: before.id,
      activityId: 'assess',
      name: 'Arviointi',
      createdAt: before.createdAt,
      expectedBy: before.expectedBy,
    });
    expect(after.variables).to.deep.equal(i.variables);

    await completeOpen(f.engine, i.id, 'assess', 'nurse');
    expect((await f.engine.getInstance(i.id)).active.map((a) => a.activityId)).to.deep.equal(['waitReply']);
  });

  it('Scenario: a message subscription moves along. Given a path waits for `reply`, When it moves, Then the message is still delivered and the path goes on in version 2', async () => {
    const i = await f.engine.startInstance({ processKey: 'moving' });
    await completeOpen(f.engine, i.id, 'review', 'nurse');
    await deployV2();
    expect((await move()).migrated).to.deep.equal([i.id]);
    const after = await f.engine.deliverMessage(i.id, 'reply');
    expect(after.version).to.equal(2);
    expect(after.active.map((a) => a.activityId)).to.deep.equal(['pause']);
  });

  it("Scenario: a waiting timer moves along. Given a path waits a week at `pause`, When it moves, Then its timer keeps its due time and fires into version 2's consultation", async () => {
    const i = await f.engine.startInstance({ processKey: 'moving' });
    await completeOpen(f.engine, i.id, 'review', 'nurse');
    await f.engine.deliverMessage(i.id, 'reply');
    const due = await f.store.nextTimerDue();
    await deployV2();
    expect((await move()).migrated).to.deep.equal([i.id]);
    expect(await f.store.nextTimerDue()).to.equal(due);
    expect(await f.engine.fireDueTimers(daysFromNow(6))).to.equal(0);
    expect(await f.engine.fireDueTimers(daysFromNow(8))).to.equal(1);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['consult']);
  });

  it('Scenario: a dry run changes nothing. Given two paths, one movable, When a dry run plans the move, Then it names both and neither changes', async () => {
    const waiting = await f.engine.startInstance({ processKey: 'moving' });
    const replied = await f.engine.startInstance({ processKey: 'moving' });
    await completeOpen(f.engine, replied.id, 'review', 'nurse');
    const before = await Promise.all([waiting.id, replied.id].map((id) => f.engine.getInstance(id)));
    await deployV2();
    const plan = await move({ dryRun: true });
    expect(plan.migrated).to.deep.equal([replied.id]);
    expect(plan.refused.map((r) => r.id)).to.deep.equal([waiting.id]);
    const after = await Promise.all([waiting.id, replied.id].map((id) => f.engine.getInstance(id)));
    expect(after).to.deep.equal(before);
  });

  it('Scenario: two migrations race. When two owners move the same path at once, Then exactly one moves it and history records one migration', async () => {
    const i = await f.engine.startInstance({ processKey: 'moving' });
    await completeOpen(f.engine, i.id, 'review', 'nurse');
    await deployV2();
    const results = await Promise.all([move({ instanceIds: [i.id] }), move({ instanceIds: [i.id] })]);
    expect(results.map((r) => r.migrated.length).sort()).to.deep.equal([0, 1]);
    const loser = results.find((r) => !r.migrated.length);
    expect(loser?.refused[0].reason).to.match(/changed meanwhile|is on version 2/);
    const after = await f.engine.getInstance(i.id);
    expect(after.history.filter((h) => h.type === 'migration')).to.have.length(1);
    expect(after.version).to.equal(2);
  });
});
