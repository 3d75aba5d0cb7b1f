import { expect } from 'chai';
import { completeOpen, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

describe('Feature: gateways route a client path by FEEL conditions', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('basic', fixture('basic'));
    await f.engine.deploy('gateways', fixture('gateways'));
  });
  afterEach(() => f.close());

  it('Scenario: exclusive gateway. Given a case manager chooses the health route, Then the path waits for consent, not the team', async () => {
    const i = await f.engine.startInstance({ processKey: 'basic' });
    const { processInstance } = await completeOpen(f.engine, i.id, 'identify', 'case-manager', { route: 'health' });
    expect(processInstance.active.map((a) => a.activityId)).to.deep.equal(['waitConsent']);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal([]);
  });

  it('Scenario: exclusive gateway default. Given no condition holds, Then the default flow leads straight to the team', async () => {
    const i = await f.engine.startInstance({ processKey: 'basic' });
    await completeOpen(f.engine, i.id, 'identify', 'case-manager', { route: 'direct' });
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['team']);
  });

  it('Scenario: parallel split and join. Given both branches open, When only one is done, Then the join still waits', async () => {
    const i = await f.engine.startInstance({ processKey: 'gateways' });
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['health', 'social']);
    await completeOpen(f.engine, i.id, 'health', 'nurse');
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['social']);
    await completeOpen(f.engine, i.id, 'social', 'social-worker', { needsKela: true, riskTotal: 4 });
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['coach', 'kela']);
  });

  it('Scenario: inclusive gateway. Given only one condition holds, Then only its branch runs and the merge completes the path', async () => {
    const i = await f.engine.startInstance({ processKey: 'gateways', variables: { needsKela: true, riskTotal: 1 } });
    await completeOpen(f.engine, i.id, 'health', 'nurse');
    await completeOpen(f.engine, i.id, 'social', 'social-worker');
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['kela']);
    const { processInstance } = await completeOpen(f.engine, i.id, 'kela', 'kela');
    expect(processInstance.state).to.equal('completed');
  });

  it('Scenario: inclusive gateway default. Given no condition holds, Then the default branch runs', async () => {
    const i = await f.engine.startInstance({ processKey: 'gateways', variables: { needsKela: false, riskTotal: 0 } });
    await completeOpen(f.engine, i.id, 'health', 'nurse');
    await completeOpen(f.engine, i.id, 'social', 'social-worker');
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['other']);
  });

  it('Scenario: history. Given a completed path, Then every activity that ran is in the history with who completed the user tasks', async () => {
    const i = await f.engine.startInstance({ processKey: 'basic' });
    await completeOpen(f.engine, i.id, 'identify', 'case-manager', { route: 'direct' });
    await completeOpen(f.engine, i.id, 'team', 'team');
    const done = await f.engine.getInstance(i.id);
    expect(done.state).to.equal('completed');
    expect(done.endedAt).to.be.a('string');
    const ran = done.history.map((h) => h.activityId);
    expect(ran).to.include.members(['start', 'identify', 'route', 'team', 'end']);
    expect(ran).to.not.include('nurse');
    expect(done.history.find((h) => h.activityId === 'identify')?.by).to.equal('demo-case-manager');
    expect(done.history.every((h) => h.endedAt)).to.equal(true);
  });
});
