import { expect } from 'chai';
import { createEngine } from '../../../engine/index.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import { actor, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

describe('Feature: concurrent completion', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('basic', fixture('basic'));
    await f.engine.deploy('gateways', fixture('gateways'));
  });
  afterEach(() => f.close());

  it('Scenario: two workers complete the same task at once. Then exactly one wins, the other gets a conflict and nothing changes twice', async () => {
    const i = await f.engine.startInstance({ processKey: 'basic' });
    const [task] = await f.engine.listTasks({ processInstanceId: i.id });
    const results = await Promise.allSettled([
      f.engine.completeTask(task.id, { data: { route: 'direct' }, actor: actor('case-manager', 'a') }),
      f.engine.completeTask(task.id, { data: { route: 'health' }, actor: actor('case-manager', 'b') }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).to.have.length(1);
    expect(lost).to.have.length(1);
    expect(lost[0].reason.code).to.equal('conflict');
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['team']);
    expect((await f.engine.getInstance(i.id)).history.filter((h) => h.activityId === 'identify')).to.have.length(1);
  });

  it('Scenario: two engine processes on one store complete the same task. Then one wins and the other gets a conflict', async () => {
    const second = await createEngine({ store: await createSqliteStore(f.file), lint: false });
    try {
      const i = await f.engine.startInstance({ processKey: 'basic' });
      const [task] = await f.engine.listTasks({ processInstanceId: i.id });
      const results = await Promise.allSettled([
        f.engine.completeTask(task.id, { data: { route: 'direct' }, actor: actor('case-manager', 'a') }),
        second.completeTask(task.id, { data: { route: 'direct' }, actor: actor('case-manager', 'b') }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      expect(await f.engine.listTasks({ processInstanceId: i.id, state: 'open' })).to.have.length(1);
    } finally {
      await second.close();
    }
  });

  it('Scenario: a stale version on completion is a conflict and changes nothing', async () => {
    const i = await f.engine.startInstance({ processKey: 'basic' });
    const [task] = await f.engine.listTasks({ processInstanceId: i.id });
    await f.engine.claimTask(task.id, actor('case-manager', 'a'));
    let code = '';
    try {
      await f.engine.completeTask(task.id, { data: {}, version: task.version, actor: actor('case-manager', 'a') });
    } catch (err) {
      code = (err as { code: string }).code;
    }
    expect(code).to.equal('conflict');
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['identify']);
  });

  it('Scenario: parallel tasks of one instance completed at the same moment both succeed', async () => {
    const i = await f.engine.startInstance({ processKey: 'gateways', variables: { needsKela: true, riskTotal: 0 } });
    const tasks = await f.engine.listTasks({ processInstanceId: i.id });
    const health = tasks.find((t) => t.activityId === 'health')!;
    const social = tasks.find((t) => t.activityId === 'social')!;
    await Promise.all([
      f.engine.completeTask(health.id, { actor: actor('nurse') }),
      f.engine.completeTask(social.id, { actor: actor('social-worker') }),
    ]);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['kela']);
  });

  it('Scenario: claims. A claimed task cannot be claimed by another user; a user without the role does not see it', async () => {
    const i = await f.engine.startInstance({ processKey: 'basic' });
    const [task] = await f.engine.listTasks({ processInstanceId: i.id });
    await f.engine.claimTask(task.id, actor('case-manager', 'a'));
    const codes: string[] = [];
    for (const attempt of [
      () => f.engine.claimTask(task.id, actor('case-manager', 'b')),
      () => f.engine.claimTask(task.id, actor('nurse', 'n')),
      () => f.engine.completeTask(task.id, { actor: actor('case-manager', 'b') }),
    ]) {
      try {
        await attempt();
        codes.push('ok');
      } catch (err) {
        codes.push((err as { code: string }).code);
      }
    }
    expect(codes).to.deep.equal(['conflict', 'not_found', 'conflict']);
    await f.engine.unclaimTask(task.id, actor('case-manager', 'a'));
    expect((await f.engine.claimTask(task.id, actor('case-manager', 'b'))).assignee).to.equal('b');
  });
});
