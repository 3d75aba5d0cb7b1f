/**
 * Feature: Oulu PALO as its seed has it (002 L119–127): the service-need assessment names the own
 * worker, the client makes the plan with that worker, and the support measures are the client's
 * choices, taken together through an inclusive gateway, not a chain. Real engine and SQLite store.
 */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import {
  asNamed,
  expectFollowUpAt,
  givenRegionalUsers,
  givenRegionWithConsent,
  inDays,
  named,
  OWN_WORKER,
} from './support/regionalSteps.js';
import { childOf, completeAs, openTasks, pathOf } from './support/steps.js';

describe('Feature: Oulu PALO measures as the client chooses them (entry-oulu-palo, oulu-palo-measures)', () => {
  let fx: EngineFixture;
  let id: string;

  /** Consent, the assessment naming the own worker, the start measure and the client's own plan with that worker. */
  async function givenOwnPlan() {
    const path = await givenRegionWithConsent(fx, 'oulu-palo', 'entry-oulu-palo');
    id = path.id;
    await completeAs(fx.engine, path.entry, 'serviceNeed', 'social-worker', { needConfirmed: true, ...named(OWN_WORKER) });
    await asNamed(fx, id, 'measureStart', OWN_WORKER, { workAbilityStart: 2 });
    await asNamed(fx, id, 'ownPlan', OWN_WORKER, named(OWN_WORKER));
    expect(await pathOf(fx.engine, id), 'the plan is the client and own worker’s, not the team’s').to.not.include('jointPlan');
    return (await childOf(fx.engine, id, 'oulu-palo-measures')).id;
  }

  beforeEach(async () => {
    fx = await givenEngine();
    await givenRegionalUsers(fx);
  });
  afterEach(async () => fx.close());

  it('Given the own plan, When the client chooses all four measures, Then all four are open at once for their roles and the follow-up comes only when every one is done', async () => {
    const measures = await givenOwnPlan();
    await asNamed(fx, measures, 'chooseMeasures', OWN_WORKER, {
      measures: ['work-ability-team', 'job-coaching', 'functional-assessment', 'health-meeting'],
    });
    expect(await openTasks(fx.engine, measures)).to.deep.equal(['functionalAssessment', 'healthMeeting', 'jobCoaching', 'workAbilityTeam']);
    await completeAs(fx.engine, measures, 'healthMeeting', 'nurse');
    await completeAs(fx.engine, measures, 'workAbilityTeam', 'team');
    await completeAs(fx.engine, measures, 'jobCoaching', 'job-coach');
    expect((await fx.engine.getInstance(measures)).state, 'waits for the last chosen measure').to.equal('running');
    await asNamed(fx, measures, 'functionalAssessment', OWN_WORKER);
    expect((await fx.engine.getInstance(measures)).state).to.equal('completed');
    await expectFollowUpAt(fx, id, inDays(90));
  });

  it('Given the own plan, When the client chooses only the work-ability team, Then only the team (employment services, health care, Kela) acts', async () => {
    const measures = await givenOwnPlan();
    await asNamed(fx, measures, 'chooseMeasures', OWN_WORKER, { measures: ['work-ability-team'] });
    expect(await openTasks(fx.engine, measures)).to.deep.equal(['workAbilityTeam']);
    await completeAs(fx.engine, measures, 'workAbilityTeam', 'team');
    expect((await pathOf(fx.engine, measures)).filter((a) => a.endsWith('Done'))).to.deep.equal(['workAbilityTeamDone']);
  });

  it('Given the own plan, When no measure is chosen now, Then the plan goes straight to follow-up, and a re-plan at follow-up offers the choice again', async () => {
    const measures = await givenOwnPlan();
    await asNamed(fx, measures, 'chooseMeasures', OWN_WORKER, { measures: [] });
    expect((await pathOf(fx.engine, measures)).at(-1)).to.equal('noMeasure');
    await expectFollowUpAt(fx, id, inDays(90));
    await asNamed(fx, id, 'measureFollowUp', OWN_WORKER, { workAbilityNow: 4 });
    await asNamed(fx, id, 'followUp', OWN_WORKER, { followUpDecision: 'reconvene' });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['ownPlan']);
  });
});
