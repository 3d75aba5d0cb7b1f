/**
 * Feature: the regional paths (Kainuu, Keski-Suomi, Oulu PALO, TOIKE) on the shared backbone: each
 * region's entry as a called sub-process, then consent, the joint plan, and follow-up by the named
 * coordinator. Real engine, real SQLite store, real user rows for the named persons.
 */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { childOf, completeAs, deployPolkuProcesses, expectInOrder, openTasks, pathOf, validFormData } from './support/steps.js';

const COORDINATOR = {
  id: 'user-coord-1',
  username: 'kaija.koordinaattori',
  displayName: 'Kaija Koordinaattori (fiktiivinen)',
  roles: ['work-ability-coordinator'],
};
const OWN_WORKER = {
  id: 'user-own-1',
  username: 'olli.omatyontekija',
  displayName: 'Olli Omatyöntekijä (fiktiivinen)',
  roles: ['social-worker'],
};
const named = (u: typeof COORDINATOR) => ({ responsiblePerson: { title: 'Koordinaattori', name: u.displayName, username: u.username } });
const DAY = 864e5;

describe('Feature: regional paths on the shared backbone (work-ability-backbone)', () => {
  let fx: EngineFixture;
  let id: string;

  /** Completes the open task at the activity as the named user (it must be theirs). */
  async function asNamed(instanceId: string, activityId: string, user: typeof COORDINATOR, overrides: Record<string, unknown> = {}) {
    const task = (await fx.engine.listTasks({ processInstanceId: instanceId, state: 'open' })).find((t) => t.activityId === activityId);
    if (!task) throw new Error(`no open ${activityId}`);
    expect(task.assignee, `${activityId} assigned to the named person`).to.equal(user.id);
    return fx.engine.completeTask(task.id, {
      data: validFormData(task.formKey as string, overrides),
      actor: { id: user.id, roles: user.roles },
    });
  }

  /** Starts the backbone for a region and returns its entry sub-process. */
  async function givenRegion(region: string, entryKey: string) {
    id = (await fx.engine.startInstance({ processKey: 'work-ability-backbone', variables: { region } })).id;
    return (await childOf(fx.engine, id, entryKey)).id;
  }

  /** From consent on: consent, the joint plan naming `user`, and the follow-up due at `due` (within a minute), not a day before. */
  async function planAndFollowUp(user: typeof COORDINATOR, due: Date, consentBy?: typeof COORDINATOR) {
    if (consentBy) await asNamed(id, 'consent', consentBy, { consentGiven: true });
    else await completeAs(fx.engine, id, 'consent', 'work-ability-coordinator', { consentGiven: true });
    await completeAs(fx.engine, id, 'jointPlan', 'team', named(user));
    expect(Math.abs(Date.parse((await fx.store.nextTimerDue()) as string) - due.getTime()), 'follow-up due').to.be.below(60e3);
    await fx.engine.fireDueTimers(new Date(due.getTime() - DAY));
    expect(await openTasks(fx.engine, id)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(due.getTime() + DAY));
    expect(await openTasks(fx.engine, id)).to.deep.equal(['followUp']);
  }

  /** Now plus whole days, or plus calendar months. */
  const inDays = (days: number) => new Date(Date.now() + days * DAY);
  const inMonths = (months: number) => {
    const d = new Date();
    d.setMonth(d.getMonth() + months);
    return d;
  };

  beforeEach(async () => {
    fx = await givenEngine();
    for (const u of [COORDINATOR, OWN_WORKER]) await fx.store.saveUser({ ...u, passwordHash: 'x', createdAt: new Date().toISOString() });
    await deployPolkuProcesses(fx.engine);
  });
  afterEach(async () => fx.close());

  it("Given Kainuu and an unemployed client, When the health check and the coordinator's assessment confirm the need, Then consent, the plan naming the coordinator, and a 90-day follow-up by that coordinator follow", async () => {
    const entry = await givenRegion('kainuu', 'entry-kainuu');
    await completeAs(fx.engine, entry, 'identify', 'work-ability-coordinator', { clientGroup: 'unemployed', needConfirmed: true });
    await completeAs(fx.engine, entry, 'healthCheck', 'nurse', { nurseDecision: 'none' });
    await completeAs(fx.engine, entry, 'assess', 'work-ability-coordinator', { needConfirmed: true });
    expectInOrder(await pathOf(fx.engine, entry), ['identify', 'groupGateway', 'healthCheck', 'resultsMerge', 'assess', 'end']);
    await planAndFollowUp(COORDINATOR, inDays(90));
    const done = await asNamed(id, 'followUp', COORDINATOR, { followUpDecision: 'close' });
    expect(done.processInstance.state).to.equal('completed');
    expectInOrder(await pathOf(fx.engine, id), [
      'regionGateway',
      'entryKainuu',
      'needGateway',
      'consent',
      'jointPlan',
      'followUpTimer',
      'followUp',
      'endClosed',
    ]);
  });

  it('Given Kainuu and an employee, When the early-support negotiation shows no need, Then the path ends without a plan', async () => {
    const entry = await givenRegion('kainuu', 'entry-kainuu');
    await completeAs(fx.engine, entry, 'identify', 'work-ability-coordinator', { clientGroup: 'employee', needConfirmed: true });
    await completeAs(fx.engine, entry, 'earlySupport', 'occupational-health');
    await completeAs(fx.engine, entry, 'assess', 'work-ability-coordinator', { needConfirmed: false });
    expect(await pathOf(fx.engine, entry))
      .to.include('earlySupport')
      .and.not.include('healthCheck');
    expect((await fx.engine.getInstance(id)).state).to.equal('completed');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endNoNeed');
  });

  it('Given Keski-Suomi, When the initial service sends the client to the consultative team and the client gives no consent, Then nothing is shared', async () => {
    const entry = await givenRegion('keski-suomi', 'entry-keski-suomi');
    await completeAs(fx.engine, entry, 'initialService', 'case-manager', { teamForm: 'consultative-team', needConfirmed: true });
    await completeAs(fx.engine, entry, 'consultativeTeam', 'team', { needConfirmed: true });
    expect(await pathOf(fx.engine, entry))
      .to.include('consultativeTeam')
      .and.not.include('workAbilityTeam');
    const done = await completeAs(fx.engine, id, 'consent', 'case-manager', { consentGiven: false });
    expect(done.state).to.equal('completed');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endNoConsent');
  });

  it('Given Keski-Suomi, When the initial service triages to the work-ability team, Then the team assesses and the plan follows', async () => {
    const entry = await givenRegion('keski-suomi', 'entry-keski-suomi');
    await completeAs(fx.engine, entry, 'initialService', 'case-manager', { teamForm: 'work-ability-team', needConfirmed: true });
    await completeAs(fx.engine, entry, 'workAbilityTeam', 'team', { needConfirmed: true });
    await planAndFollowUp(COORDINATOR, inDays(90));
  });

  it("Given Oulu PALO, When the own worker is named at the assessment, Then the functional assessment, consent and follow-up are that worker's, and a new plan can be made", async () => {
    const entry = await givenRegion('oulu-palo', 'entry-oulu-palo');
    await completeAs(fx.engine, entry, 'serviceNeed', 'social-worker', { needConfirmed: true, ...named(OWN_WORKER) });
    await completeAs(fx.engine, entry, 'jointHealth', 'nurse', { nurseDecision: 'none' });
    await asNamed(entry, 'functionalAssessment', OWN_WORKER, { needConfirmed: true, ...named(OWN_WORKER) });
    await planAndFollowUp(OWN_WORKER, inDays(90), OWN_WORKER);
    await asNamed(id, 'followUp', OWN_WORKER, { followUpDecision: 'reconvene' });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['jointPlan']);
    expect((await pathOf(fx.engine, id)).filter((a) => a === 'planMerge')).to.have.length(2);
  });

  it('Given TOIKE, When the client walks in and is seen within a week, Then the follow-up comes at three months', async () => {
    const entry = await givenRegion('toike', 'entry-toike');
    const [visit] = await fx.engine.listTasks({ processInstanceId: entry, state: 'open' });
    expect(visit!.role).to.deep.equal(['work-ability-coordinator', 'occupational-health']);
    expect((Date.parse(visit!.expectedBy as string) - Date.now()) / DAY).to.be.within(6.9, 7.1);
    await completeAs(fx.engine, entry, 'firstVisit', 'occupational-health', { needConfirmed: true, ...named(COORDINATOR) });
    await planAndFollowUp(COORDINATOR, inMonths(3), COORDINATOR);
  });

  it('Given a region without its own entry, When the path starts, Then the coordinator identifies the need with the generic step', async () => {
    id = (await fx.engine.startInstance({ processKey: 'work-ability-backbone', variables: { region: 'pirkanmaa' } })).id;
    expect(await openTasks(fx.engine, id)).to.deep.equal(['identifyNeed']);
    await completeAs(fx.engine, id, 'identifyNeed', 'case-manager', { needConfirmed: true });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['consent']);
  });
});
