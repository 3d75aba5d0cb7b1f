/**
 * Feature: the regional paths on the shared backbone (work-ability-backbone) as their seeds describe
 * them: consent first, Kainuu's KainOTE, Keski-Suomi's team forms and consulting doctor, TOIKE's
 * walk-in centre with its referral sources, then the start measure, the plan and the follow-up.
 * Real engine, real SQLite store, real user rows for the named persons.
 */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import {
  asNamed,
  COORDINATOR,
  expectFollowUpAt,
  givenRegionalUsers,
  givenRegionWithConsent,
  inDays,
  measureAndPlan,
  named,
} from './support/regionalSteps.js';
import { completeAs, expectInOrder, openTasks, pathOf } from './support/steps.js';

describe('Feature: regional paths on the shared backbone (work-ability-backbone)', () => {
  let fx: EngineFixture;

  beforeEach(async () => {
    fx = await givenEngine();
    await givenRegionalUsers(fx);
  });
  afterEach(async () => fx.close());

  it('Given any region, When the client gives no consent, Then the path ends before any entry step runs (nothing is shared)', async () => {
    const id = (await fx.engine.startInstance({ processKey: 'work-ability-backbone', variables: { region: 'kainuu' } })).id;
    const done = await completeAs(fx.engine, id, 'consent', 'social-worker', { consentGiven: false });
    expect(done.state).to.equal('completed');
    const path = await pathOf(fx.engine, id);
    expect(path.at(-1)).to.equal('endNoConsent');
    expect(path).to.not.include('entryKainuu');
  });

  it("Given Kainuu KainOTE, When the case manager asks for the unemployed person's health check, Then the nurse checks, the multi-actor meeting assesses, and the measure, plan and 90-day follow-up follow", async () => {
    const { id, entry } = await givenRegionWithConsent(fx, 'kainuu', 'entry-kainuu');
    await completeAs(fx.engine, entry, 'identify', 'case-manager', { healthCheckNeeded: true });
    await completeAs(fx.engine, entry, 'healthCheck', 'nurse', { nurseDecision: 'none' });
    await completeAs(fx.engine, entry, 'multiActorMeeting', 'team', { needConfirmed: true });
    expectInOrder(await pathOf(fx.engine, entry), ['identify', 'healthGateway', 'healthCheck', 'healthMerge', 'multiActorMeeting', 'end']);
    await measureAndPlan(fx, id, COORDINATOR);
    await asNamed(fx, id, 'measureFollowUp', COORDINATOR, { workAbilityNow: 6 });
    const done = await asNamed(fx, id, 'followUp', COORDINATOR, { followUpDecision: 'close' });
    expect(done.processInstance.state).to.equal('completed');
    expect((await fx.engine.getInstance(id)).variables).to.include({ workAbilityStart: 3, workAbilityNow: 6 });
    expectInOrder(await pathOf(fx.engine, id), [
      'consent',
      'regionGateway',
      'entryKainuu',
      'measureStart',
      'jointPlan',
      'followUpTimer',
      'measureFollowUp',
      'followUp',
      'endClosed',
    ]);
  });

  it('Given Kainuu KainOTE, When no health check is asked and the multi-actor meeting finds no need, Then the path ends without a plan and no coordinator step exists', async () => {
    const { id, entry } = await givenRegionWithConsent(fx, 'kainuu', 'entry-kainuu');
    await completeAs(fx.engine, entry, 'identify', 'case-manager', { healthCheckNeeded: false });
    await completeAs(fx.engine, entry, 'multiActorMeeting', 'team', { needConfirmed: false });
    expect(await pathOf(fx.engine, entry)).to.not.include('healthCheck');
    expect((await fx.engine.getInstance(id)).state).to.equal('completed');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endNoNeed');
  });

  it("Given Keski-Suomi (Laukaa), When the client's worker brings the case to the consultative guidance team, Then the team advises and the path goes on without the work-ability team", async () => {
    const { id, entry } = await givenRegionWithConsent(fx, 'keski-suomi', 'entry-keski-suomi', { teamForm: 'consultative-team' });
    await completeAs(fx.engine, entry, 'guidanceTeam', 'team', { needConfirmed: true });
    expect(await pathOf(fx.engine, entry))
      .to.include('guidanceTeam')
      .and.not.include('workAbilityTeam');
    expect(await openTasks(fx.engine, id)).to.deep.equal(['measureStart']);
  });

  it('Given Keski-Suomi (Sampoharju), When the initial service asks the consulting doctor first, Then the doctor and then the work-ability team assess', async () => {
    const { id, entry } = await givenRegionWithConsent(fx, 'keski-suomi', 'entry-keski-suomi', { teamForm: 'initial-service' });
    await completeAs(fx.engine, entry, 'initialService', 'case-manager', { needConfirmed: true, consultDoctor: true });
    await completeAs(fx.engine, entry, 'consultingDoctor', 'doctor');
    await completeAs(fx.engine, entry, 'workAbilityTeam', 'team', { needConfirmed: true });
    expectInOrder(await pathOf(fx.engine, entry), ['initialService', 'consultingDoctor', 'workAbilityTeam', 'end']);
    await measureAndPlan(fx, id, COORDINATOR);
  });

  it('Given Keski-Suomi (Sampoharju), When the initial service finds no need for the team, Then the path ends with no team step', async () => {
    const { id, entry } = await givenRegionWithConsent(fx, 'keski-suomi', 'entry-keski-suomi', { teamForm: 'initial-service' });
    await completeAs(fx.engine, entry, 'initialService', 'case-manager', { needConfirmed: false });
    expect(await pathOf(fx.engine, entry)).to.not.include('workAbilityTeam');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endNoNeed');
  });

  it('Given Keski-Suomi without a team form said (Viitasaari, Hankasalmi), When the path starts, Then the work-ability team assesses directly and again the initial service sends to it by default', async () => {
    const { entry } = await givenRegionWithConsent(fx, 'keski-suomi', 'entry-keski-suomi');
    expect(await openTasks(fx.engine, entry)).to.deep.equal(['workAbilityTeam']);
    const other = (await fx.engine.startInstance({ processKey: 'entry-keski-suomi', variables: { teamForm: 'initial-service' } })).id;
    await completeAs(fx.engine, other, 'initialService', 'case-manager', { needConfirmed: true, consultDoctor: false });
    expect(await openTasks(fx.engine, other)).to.deep.equal(['workAbilityTeam']);
  });

  it('Given TOIKE, When a client guided by specialised care is seen and the key-person network consulted, Then the referral source is recorded, no one-week rule applies, and the follow-up comes at 90 days', async () => {
    const { id, entry } = await givenRegionWithConsent(fx, 'toike', 'entry-toike');
    const [visit] = await fx.engine.listTasks({ processInstanceId: entry, state: 'open' });
    expect(visit!.role).to.deep.equal(['work-ability-coordinator', 'occupational-health']);
    expect((Date.parse(visit!.expectedBy as string) - Date.now()) / 864e5, 'a 14-day default, not the vignette').to.be.within(13.9, 14.1);
    await completeAs(fx.engine, entry, 'firstVisit', 'occupational-health', {
      needConfirmed: true,
      referredFrom: 'specialised-care',
      networkConsultation: true,
      ...named(COORDINATOR),
    });
    await completeAs(fx.engine, entry, 'networkConsultation', 'team', { needConfirmed: true });
    expect((await fx.engine.getInstance(id)).variables).to.include({ referredFrom: 'specialised-care' });
    await asNamed(fx, id, 'measureStart', COORDINATOR, { workAbilityStart: 4 });
    await completeAs(fx.engine, id, 'jointPlan', 'team', named(COORDINATOR));
    await expectFollowUpAt(fx, id, inDays(90));
  });

  it('Given TOIKE, When the client came by themself and no network is needed, Then the entry ends after the first visit', async () => {
    const { id, entry } = await givenRegionWithConsent(fx, 'toike', 'entry-toike');
    await completeAs(fx.engine, entry, 'firstVisit', 'work-ability-coordinator', {
      needConfirmed: true,
      referredFrom: 'self',
      networkConsultation: false,
    });
    expect(await pathOf(fx.engine, entry)).to.not.include('networkConsultation');
    expect(await openTasks(fx.engine, id)).to.deep.equal(['measureStart']);
  });

  it('Given a region without its own entry, When the path starts, Then the coordinator identifies the need with the generic step after consent', async () => {
    const id = (await fx.engine.startInstance({ processKey: 'work-ability-backbone', variables: { region: 'pirkanmaa' } })).id;
    await completeAs(fx.engine, id, 'consent', 'work-ability-coordinator', { consentGiven: true });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['identifyNeed']);
    await completeAs(fx.engine, id, 'identifyNeed', 'case-manager', { needConfirmed: true });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['measureStart']);
  });

  it('Given a follow-up, When the coordinator continues, Then the next follow-up period starts and asks the measure again', async () => {
    const { id, entry } = await givenRegionWithConsent(fx, 'kainuu', 'entry-kainuu');
    await completeAs(fx.engine, entry, 'identify', 'case-manager');
    await completeAs(fx.engine, entry, 'multiActorMeeting', 'team', { needConfirmed: true });
    await measureAndPlan(fx, id, COORDINATOR);
    await asNamed(fx, id, 'measureFollowUp', COORDINATOR, { workAbilityNow: 5 });
    await asNamed(fx, id, 'followUp', COORDINATOR, { followUpDecision: 'continue' });
    expect(await openTasks(fx.engine, id)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(Date.now() + 182 * 864e5));
    expect(await openTasks(fx.engine, id)).to.deep.equal(['measureFollowUp']);
  });
});
