import { expect } from 'chai';
import { completeOpen, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

describe('Feature: call activities start another deployed process', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('call', fixture('call'));
  });
  afterEach(() => f.close());

  it('Scenario: Given a referral path calls the team process, Then the child runs with the same client pseudonym, and its end continues the parent with its data', async () => {
    const parent = await f.engine.startInstance({ processKey: 'call-parent', variables: { referrer: 'fictional' } });
    expect(parent.active.map((a) => a.activityId)).to.deep.equal(['callTeam']);
    const [child] = await f.engine.listInstances({ processKey: 'call-child' });
    expect(child.parentInstanceId).to.equal(parent.id);
    expect(child.clientRef).to.equal(parent.clientRef);
    expect(child.variables.referrer).to.equal('fictional');

    await completeOpen(f.engine, child.id, 'meeting', 'team', { responsiblePersonName: 'Testi Vastuuhenkilö' });
    expect((await f.engine.getInstance(child.id)).state).to.equal('completed');
    const resumed = await f.engine.getInstance(parent.id);
    expect(resumed.variables.responsiblePersonName).to.equal('Testi Vastuuhenkilö');
    expect(await openTaskIds(f.engine, parent.id)).to.deep.equal(['after']);
  });

  it('Scenario: cancelling the parent cancels the child and its open tasks', async () => {
    const parent = await f.engine.startInstance({ processKey: 'call-parent' });
    const [child] = await f.engine.listInstances({ processKey: 'call-child' });
    const cancelled = await f.engine.cancelInstance(parent.id, 'demo-manager');
    expect(cancelled.state).to.equal('cancelled');
    expect((await f.engine.getInstance(child.id)).state).to.equal('cancelled');
    expect(await f.engine.listTasks({ state: 'open' })).to.have.length(0);
  });

  it('Scenario: camunda:in/out mappings. Given identity data in the parent, Then only the mapped variables reach the child and only the mapped ones come back', async () => {
    await f.engine.deploy('mapped', fixture('call-mapped'));
    const parent = await f.engine.startInstance({
      processKey: 'call-mapped',
      variables: { route: 'consultation', henkilotunnus: '131052-308T', name: 'Testi Asiakas' },
    });
    const [child] = await f.engine.listInstances({ processKey: 'call-child' });
    expect(child.parentInstanceId).to.equal(parent.id);
    expect(Object.keys(child.variables).sort()).to.deep.equal(['clientRef', 'route']);
    await completeOpen(f.engine, child.id, 'meeting', 'team', { outcome: 'team', expertNote: 'stays in the child' });
    const resumed = await f.engine.getInstance(parent.id);
    expect(resumed.variables.consultationOutcome).to.equal('team');
    expect(resumed.variables).to.not.have.any.keys('outcome', 'expertNote');
    expect(resumed.variables.henkilotunnus).to.equal('131052-308T');
  });
});
