import Database from 'better-sqlite3';
import { expect } from 'chai';
import { actor, completeOpen, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

const HOUR = 3600_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('Feature: one broken path never stops the others (incidents and retry)', function () {
  this.timeout(120_000);
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('dead-end', fixture('dead-end'));
  });
  afterEach(() => f.close());

  describe('a task completion before a dead-end gateway', () => {
    let instanceId: string;
    beforeEach(async () => {
      instanceId = (await f.engine.startInstance({ processKey: 'deadEndTask' })).id;
    });

    it('Given a path at the assessment, When it is completed with a route no flow takes, Then the completion is saved and the path has an incident at the gateway with its waits kept', async () => {
      const { task, processInstance } = await completeOpen(f.engine, instanceId, 'assess', 'case-manager', { route: 'nowhere' });
      expect(task.state).to.equal('completed');
      expect(processInstance.state).to.equal('failed');
      expect(processInstance.incident).to.include({ activityId: 'decide', attempts: 1 });
      expect(processInstance.incident?.message).to.be.a('string').and.not.equal('');
      expect(processInstance.variables.route).to.equal('nowhere');
      expect((await f.engine.getTask(task.id)).state).to.equal('completed');
      expect((await f.store.getTask(task.id))?.data).to.deep.equal({ route: 'nowhere' });
      expect(processInstance.history.filter((h) => h.type === 'incident').map((h) => h.activityId)).to.deep.equal(['decide']);
    });

    it('Given the incident, When a process owner retries with corrected variables, Then the path carries on to the chosen branch and the retry is in the history', async () => {
      await completeOpen(f.engine, instanceId, 'assess', 'case-manager', { route: 'nowhere' });
      const after = await f.engine.retryInstance(instanceId, { variables: { route: 'team' }, by: 'owner-1' });
      expect(after.state).to.equal('running');
      expect(after.incident).to.equal(null);
      expect(after.variables.route).to.equal('team');
      expect(await openTaskIds(f.engine, instanceId)).to.deep.equal(['team']);
      expect(after.history.find((h) => h.type === 'retry')).to.include({ activityId: 'decide', by: 'owner-1' });
      expect(after.history.find((h) => h.activityId === 'assess')?.endedAt).to.be.a('string');
      const { processInstance } = await completeOpen(f.engine, instanceId, 'team', 'team');
      expect(processInstance.state).to.equal('completed');
    });

    it('Given the incident, When a retry fails again, Then the attempts grow by one and the path still waits for a retry', async () => {
      await completeOpen(f.engine, instanceId, 'assess', 'case-manager', { route: 'nowhere' });
      const again = await f.engine.retryInstance(instanceId, { variables: { route: 'elsewhere' } });
      expect(again.state).to.equal('failed');
      expect(again.incident).to.include({ activityId: 'decide', attempts: 2 });
      expect(again.variables.route).to.equal('elsewhere');
      expect((await f.engine.retryInstance(instanceId, { variables: { route: 'health' } })).state).to.equal('running');
      expect(await openTaskIds(f.engine, instanceId)).to.deep.equal(['health']);
    });

    it('Given a running path, When it is retried, Then conflict and nothing changes', async () => {
      const before = await f.engine.getInstance(instanceId);
      let code = '';
      try {
        await f.engine.retryInstance(instanceId);
      } catch (err) {
        code = (err as { code: string }).code;
      }
      expect(code).to.equal('conflict');
      expect((await f.engine.getInstance(instanceId)).revision).to.equal(before.revision);
    });
  });

  it('Scenario: a path that fails on its way to its first wait. Then it is stored failed with the incident, and a retry with corrected variables starts it again under its own id', async () => {
    await f.engine.deploy('dead-start', fixture('dead-start'));
    const i = await f.engine.startInstance({ processKey: 'deadStart', variables: { route: 'nowhere' } });
    expect(i.state).to.equal('failed');
    expect(i.incident).to.include({ activityId: 'choose', attempts: 1 });
    const again = await f.engine.retryInstance(i.id, { variables: { route: 'elsewhere' } });
    expect(again.incident).to.include({ attempts: 2 });
    const retried = await f.engine.retryInstance(i.id, { variables: { route: 'health' } });
    expect(retried.state).to.equal('running');
    expect(retried.clientRef).to.equal(i.clientRef);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['check']);
  });

  it('Scenario: two broken paths at the head of the timer queue (a dead-end gateway, a state that cannot be read) while 50 healthy timers come due. Then the 50 fire on time, the broken ones retry with backoff and end in incidents with their timers kept', async () => {
    const t0 = new Date();
    const deadEnd = await f.engine.startInstance({ processKey: 'deadEndTimer', variables: { route: 'nowhere' } });
    const unreadable = await f.engine.startInstance({ processKey: 'deadEndTimer', variables: { route: 'health' } });
    const raw = new Database(f.file);
    // Another writer leaves a state that cannot be read (every writer moves the revision on).
    raw
      .prepare('UPDATE instances SET engine_state = ?, revision = revision + 1 WHERE id = ?')
      .run(Buffer.from('not a state'), unreadable.id);
    raw.close();
    const healthy: string[] = [];
    for (let n = 0; n < 50; n++)
      healthy.push((await f.engine.startInstance({ processKey: 'deadEndTimer', variables: { route: 'health' } })).id);
    const due = (await f.store.listDueTimers(at(t0, 2 * HOUR).toISOString(), 3)).map((t) => t.instanceId);
    expect(due.slice(0, 2)).to.deep.equal([deadEnd.id, unreadable.id]);

    expect(await f.engine.fireDueTimers(at(t0, 2 * HOUR))).to.equal(50);
    for (const id of healthy) expect(await openTaskIds(f.engine, id)).to.deep.equal(['check']);
    expect((await f.engine.getInstance(deadEnd.id)).state).to.equal('running');

    // Within the backoff nothing is tried again; after it, the second and then the third attempt.
    expect(await f.engine.fireDueTimers(at(t0, 2 * HOUR + 1000))).to.equal(0);
    expect(await f.store.claimDueTimers(at(t0, 2 * HOUR + 1000).toISOString(), 'probe', at(t0, 3 * HOUR).toISOString(), 10)).to.deep.equal(
      [],
    );
    await f.engine.fireDueTimers(at(t0, 2 * HOUR + 6_000));
    expect((await f.engine.getInstance(deadEnd.id)).state).to.equal('running');
    await f.engine.fireDueTimers(at(t0, 2 * HOUR + 40_000));

    const failed = await f.engine.getInstance(deadEnd.id);
    expect(failed.state).to.equal('failed');
    expect(failed.incident).to.include({ activityId: 'route', attempts: 3 });
    const stuck = await f.engine.getInstance(unreadable.id);
    expect(stuck.state).to.equal('failed');
    expect(stuck.incident?.attempts).to.equal(3);
    const kept = (await f.store.listDueTimers(at(t0, 3 * HOUR).toISOString(), 10)).map((t) => t.instanceId).sort();
    expect(kept).to.deep.equal([deadEnd.id, unreadable.id].sort());
    // Timers of paths in an incident are not claimed again.
    expect(await f.engine.fireDueTimers(at(t0, 5 * HOUR))).to.equal(0);

    const retried = await f.engine.retryInstance(deadEnd.id, { variables: { route: 'health' } });
    expect(retried.state).to.equal('running');
    expect(await openTaskIds(f.engine, deadEnd.id)).to.deep.equal(['check']);
    expect(await f.store.listDueTimers(at(t0, 5 * HOUR).toISOString(), 10)).to.have.length(1);
    await f.engine.completeTask((await f.engine.listTasks({ processInstanceId: deadEnd.id }))[0].id, { data: {}, actor: actor('nurse') });
    expect((await f.engine.getInstance(deadEnd.id)).state).to.equal('completed');
  });
});
