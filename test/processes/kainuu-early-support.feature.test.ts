/**
 * Feature: Kainuu sote's early-support model for its own staff (000 L33, L118–137), a process apart
 * from KainOTE: the supervisor's talk, consent, the occupational-health negotiation and the
 * work-ability coordinator beside their own job. Real engine and SQLite store.
 */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { givenRegionalUsers } from './support/regionalSteps.js';
import { completeAs, expectInOrder, openTasks, pathOf } from './support/steps.js';

describe('Feature: Kainuu early-support model (kainuu-early-support)', () => {
  let fx: EngineFixture;
  let id: string;

  beforeEach(async () => {
    fx = await givenEngine();
    await givenRegionalUsers(fx);
    id = (await fx.engine.startInstance({ processKey: 'kainuu-early-support' })).id;
  });
  afterEach(async () => fx.close());

  it("Given a concern, When the supervisor's early-support talk settles it, Then the path ends at the workplace with nothing shared", async () => {
    expect(await openTasks(fx.engine, id)).to.deep.equal(['earlyTalk']);
    await completeAs(fx.engine, id, 'earlyTalk', 'supervisor', { needConfirmed: false });
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endAtWork');
  });

  it('Given the supervisor sends the employee on, When the employee gives no consent, Then occupational health goes on alone', async () => {
    await completeAs(fx.engine, id, 'earlyTalk', 'supervisor', { needConfirmed: true });
    await completeAs(fx.engine, id, 'consent', 'occupational-health', { consentGiven: false });
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endNoConsent');
  });

  it('Given consent, When the negotiation settles the way forward, Then the path ends without the coordinator', async () => {
    await completeAs(fx.engine, id, 'earlyTalk', 'supervisor', { needConfirmed: true });
    await completeAs(fx.engine, id, 'consent', 'occupational-health', { consentGiven: true });
    await completeAs(fx.engine, id, 'negotiation', 'occupational-health', { wayForwardSettled: true });
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endSettled');
  });

  it('Given consent, When the negotiation does not settle it, Then the work-ability coordinator supports the agreed measures', async () => {
    await completeAs(fx.engine, id, 'earlyTalk', 'supervisor', { needConfirmed: true });
    await completeAs(fx.engine, id, 'consent', 'occupational-health', { consentGiven: true });
    await completeAs(fx.engine, id, 'negotiation', 'occupational-health', { wayForwardSettled: false });
    const done = await completeAs(fx.engine, id, 'coordinatorSupport', 'work-ability-coordinator', { followUpDecision: 'close' });
    expect(done.state).to.equal('completed');
    expectInOrder(await pathOf(fx.engine, id), ['earlyTalk', 'consent', 'negotiation', 'coordinatorSupport', 'end']);
  });
});
