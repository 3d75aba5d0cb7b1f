/** Feature: path 3, from occupational health care when the employment ends, on the real engine and SQLite store. */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { childOf, completeAs, deployPolkuProcesses, expectInOrder, openTasks, pathOf } from './support/steps.js';

describe('Feature: referral from occupational health (referral-occupational-health)', () => {
  let fx: EngineFixture;
  let id: string;

  beforeEach(async () => {
    fx = await givenEngine();
    await deployPolkuProcesses(fx.engine);
    id = (await fx.engine.startInstance({ processKey: 'referral-occupational-health' })).id;
  });
  afterEach(async () => fx.close());

  it('Given the occupational health negotiation, When the way forward is settled, Then the path ends there', async () => {
    const done = await completeAs(fx.engine, id, 'ohNegotiation', 'occupational-health', { wayForwardSettled: true });
    expect(done.state).to.equal('completed');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endSettled');
  });

  it('Given the negotiation did not settle the way forward, When the coordinator records consent and TTS §1–8, Then the team process starts', async () => {
    await completeAs(fx.engine, id, 'ohNegotiation', 'occupational-health', { wayForwardSettled: false });
    const [consent] = await fx.engine.listTasks({ processInstanceId: id, state: 'open' });
    expect(consent).to.include({ activityId: 'consent', formKey: 'consent-y100' });
    expect(consent.role).to.deep.equal(['work-ability-coordinator']);
    await completeAs(fx.engine, id, 'consent', 'work-ability-coordinator', { consentGiven: true });
    await completeAs(fx.engine, id, 'ttsReferrer', 'work-ability-coordinator');
    const team = await childOf(fx.engine, id, 'team-process');
    expect(await openTasks(fx.engine, team.id)).to.deep.equal(['teamBooking']);
    expectInOrder(await pathOf(fx.engine, id), ['settledGateway', 'consent', 'consentGateway', 'ttsReferrer', 'teamCall']);
  });

  it('Given the coordinator refers, When the client gives no consent, Then the path ends without a team', async () => {
    await completeAs(fx.engine, id, 'ohNegotiation', 'occupational-health', { wayForwardSettled: false });
    const done = await completeAs(fx.engine, id, 'consent', 'work-ability-coordinator', { consentGiven: false });
    expect(done.state).to.equal('completed');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endNoConsent');
  });
});
