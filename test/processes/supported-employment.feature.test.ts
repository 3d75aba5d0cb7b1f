/** Feature: supported employment by the IPS criteria (DOMAIN §7), on the real engine and SQLite store. */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { completeAs, deployPolkuProcesses, expectInOrder, openTasks, pathOf } from './support/steps.js';

const COACH = { id: 'user-coach-1', username: 'tuomas.valmentaja', displayName: 'Tuomas Valmentaja (fiktiivinen)', roles: ['job-coach'] };
const asCoach = { id: COACH.id, roles: COACH.roles };

describe('Feature: supported employment (supported-employment)', () => {
  let fx: EngineFixture;
  let id: string;

  /** Completes the open task at the activity as the named coach with the given data. */
  async function coachDoes(activityId: string, data: Record<string, unknown>) {
    const task = (await fx.engine.listTasks({ processInstanceId: id, state: 'open' })).find((t) => t.activityId === activityId);
    if (!task) throw new Error(`no open ${activityId}`);
    expect(task.assignee, `${activityId} is the named coach's`).to.equal(COACH.id);
    return fx.engine.completeTask(task.id, { data, actor: asCoach });
  }

  /** Given intake by a named coach, the handover done and the first employer contact made. */
  async function givenCoaching(referralSource = 'employment-trial') {
    await completeAs(fx.engine, id, 'ipsReferral', 'job-coach', {
      referralSource,
      municipality: 'Kemijärvi',
      coach: COACH.username,
      waitingList: false,
    });
    await coachDoes('ipsHandover', { meetingDate: '2026-11-10', jobCoachName: COACH.displayName });
    await fx.engine.deliverMessage(id, 'first-employer-contact');
  }

  beforeEach(async () => {
    fx = await givenEngine();
    await fx.store.saveUser({ ...COACH, passwordHash: 'x', createdAt: new Date().toISOString() });
    await deployPolkuProcesses(fx.engine);
    id = (await fx.engine.startInstance({ processKey: 'supported-employment' })).id;
  });
  afterEach(async () => fx.close());

  for (const referralSource of [
    'social-services',
    'disability-services',
    'te-services',
    'employment-trial',
    'health-care',
    'school',
    'self',
    'other',
  ]) {
    it(`Given a client referred from "${referralSource}", When the intake is recorded, Then the source and municipality stay on the path`, async () => {
      await completeAs(fx.engine, id, 'ipsReferral', 'job-coach', { referralSource, municipality: 'Rovaniemi', waitingList: false });
      expect((await fx.engine.getInstance(id)).variables).to.include({ referralSource, municipality: 'Rovaniemi' });
      expect(await openTasks(fx.engine, id)).to.deep.equal(['ipsHandover']);
    });
  }

  it('Given every coach has 20 clients, When the client is put on the waiting list, Then intake is checked again after 14 days', async () => {
    await completeAs(fx.engine, id, 'ipsReferral', 'job-coach', { waitingList: true });
    expect(await openTasks(fx.engine, id)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(Date.now() + 15 * 864e5));
    expect(await openTasks(fx.engine, id)).to.deep.equal(['ipsReferral']);
    expect(await pathOf(fx.engine, id)).to.include('waitingTimer');
  });

  it('Given the tripartite handover, When it is done, Then the first employer contact is expected within 30 days', async () => {
    await completeAs(fx.engine, id, 'ipsReferral', 'job-coach', { coach: COACH.username, waitingList: false });
    const before = Date.now();
    await coachDoes('ipsHandover', { meetingDate: '2026-11-10' });
    const waiting = (await fx.engine.getInstance(id)).active.find((a) => a.activityId === 'firstEmployerContact');
    const days = (Date.parse(waiting?.expectedBy ?? '') - before) / 864e5;
    expect(days).to.be.within(29.99, 30.01);
  });

  it('Given coaching, When two jobs, a work trial and study come and go, Then coaching goes on after each and ends as "no longer needed"', async () => {
    await givenCoaching();
    const job = (startDate: string, contract: string) => ({
      sector: 'city',
      paySubsidy: true,
      apprenticeship: false,
      workingTime: 'part-time',
      contract,
      startDate,
    });
    await coachDoes('coaching', { ipsEvent: 'work-trial', employerContacts: 7 });
    await coachDoes('coaching', { ipsEvent: 'employment-started', employment: job('2027-01-01', 'fixed-term'), employerContacts: 6 });
    await coachDoes('coaching', {
      ipsEvent: 'employment-ended',
      employment: { ...job('2027-01-01', 'fixed-term'), endDate: '2027-03-31' },
    });
    await coachDoes('coaching', { ipsEvent: 'study' });
    await coachDoes('coaching', {
      ipsEvent: 'employment-started',
      employment: { ...job('2027-05-01', 'permanent'), sector: 'company', workingTime: 'full-time' },
    });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['coaching']);
    const done = await coachDoes('coaching', { ipsEvent: 'ended-no-longer-needed' });
    expect(done.processInstance.state).to.equal('completed');
    const path = await pathOf(fx.engine, id);
    expect(path.filter((a) => a === 'coaching')).to.have.length(6);
    expect(path.at(-1)).to.equal('endEnded');
    const starts = (await fx.engine.listTasks({ processInstanceId: id, state: 'completed' })).filter((t) => t.activityId === 'coaching');
    expect(starts).to.have.length(6);
  });

  it('Given coaching before any job, When the client drops out, Then the reason is required and the path ends as dropped out', async () => {
    await givenCoaching('self');
    const task = (await fx.engine.listTasks({ processInstanceId: id, state: 'open' }))[0]!;
    const { checkFormData } = await import('../../forms/index.js');
    const refused = checkFormData('ips-episode', { ipsEvent: 'dropped-out' }).some((e) => e.path === '/endReason');
    expect(refused, 'a dropout without a reason is refused by the form').to.equal(true);
    expect(task.formKey).to.equal('ips-episode');
    await coachDoes('coaching', { ipsEvent: 'dropped-out', endReason: 'Muutti toiselle paikkakunnalle (fiktiivinen).' });
    expectInOrder(await pathOf(fx.engine, id), [
      'ipsReferral',
      'ipsHandover',
      'firstEmployerContact',
      'coaching',
      'eventGateway',
      'endDroppedOut',
    ]);
  });
});
