/** Feature: supported employment by the IPS criteria (DOMAIN §7), on the real engine and SQLite store. */
import { expect } from 'chai';
import { AppError } from '../../engine/errors.js';
import type { Caller, UseCaseDeps } from '../../engine/usecases/context.js';
import { ipsReport } from '../../engine/usecases/ipsReport.js';
import { fillFreedPlaces, ipsWaitingList } from '../../engine/usecases/ipsWaitingList.js';
import { completeTask } from '../../engine/usecases/tasks.js';
import * as forms from '../../forms/index.js';
import { actor, givenEngine, type EngineFixture } from '../support/engine.js';
import { deployPolkuProcesses, expectInOrder, openTasks, pathOf } from './support/steps.js';

const coachUser = (n: number, username: string) => ({
  id: `user-coach-${n}`,
  username,
  displayName: `${username} (fiktiivinen)`,
  roles: ['job-coach'],
});
const COACH = coachUser(1, 'tuomas.valmentaja');
const OTHER_COACH = coachUser(2, 'vilma.valmentaja');
const MANAGER: Caller = { id: 'user-manager', username: 'manager', displayName: 'Maija Esihenkilö (fiktiivinen)', roles: ['manager'] };
/** Whoever records the intake: a job coach, not necessarily the one named. */
const INTAKE = actor('job-coach', 'user-intake');

describe('Feature: supported employment (supported-employment)', () => {
  let fx: EngineFixture;
  let deps: UseCaseDeps;
  let id: string;

  const start = async () => (await fx.engine.startInstance({ processKey: 'supported-employment' })).id;

  /** The open task at the activity of the path. */
  async function openTask(path: string, activityId: string) {
    const task = (await fx.engine.listTasks({ processInstanceId: path, state: 'open' })).find((t) => t.activityId === activityId);
    if (!task) throw new Error(`no open ${activityId}`);
    return task;
  }

  /** The intake of a path: source and municipality, and the named coach or the waiting list. */
  async function intake(path: string, choice: { coach?: string; waitingList?: boolean }, referralSource = 'employment-trial') {
    const task = await openTask(path, 'ipsReferral');
    const data = { referralSource, municipality: 'Kemijärvi', referredOn: '2026-11-02', waitingList: false, ...choice };
    expect(forms.checkFormData('ips-referral', data), 'the form accepts the intake').to.deep.equal([]);
    return fx.engine.completeTask(task.id, { data, actor: INTAKE });
  }

  /** Completes the open task at the activity as the named coach, through the use case (form check, policy, access log). */
  async function coachDoes(path: string, activityId: string, data: Record<string, unknown>, coach = COACH) {
    const task = await openTask(path, activityId);
    expect(task.assignee, `${activityId} is the named coach's`).to.equal(coach.id);
    return completeTask(deps, coach, task.id, { data });
  }

  /** Given n clients each taken by the coach (the coach's caseload grows by n). */
  async function givenClientsOf(coach: { username: string }, n: number): Promise<string[]> {
    const paths: string[] = [];
    for (let k = 0; k < n; k++) {
      const path = await start();
      await intake(path, { coach: coach.username });
      paths.push(path);
    }
    return paths;
  }

  /** Given intake by the named coach, the handover done and the first employer contact made. */
  async function givenCoaching(referralSource = 'employment-trial') {
    await intake(id, { coach: COACH.username }, referralSource);
    await coachDoes(id, 'ipsHandover', { meetingDate: '2026-11-10', jobCoachName: COACH.displayName });
    await fx.engine.deliverMessage(id, 'first-employer-contact');
  }

  /** The refusal the promise ends in: its status and the field it names. */
  async function refusalOf(promise: Promise<unknown>): Promise<{ status: number; path: string | undefined; message: string | undefined }> {
    try {
      await promise;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return { status: err.status, path: err.details[0]?.path, message: err.details[0]?.message };
    }
    throw new Error('the completion was not refused');
  }

  beforeEach(async () => {
    fx = await givenEngine();
    deps = { engine: fx.engine, store: fx.store, forms };
    for (const u of [COACH, OTHER_COACH]) await fx.store.saveUser({ ...u, passwordHash: 'x', createdAt: new Date().toISOString() });
    await deployPolkuProcesses(fx.engine);
    id = await start();
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
    it(`Given a client referred from "${referralSource}", When the intake names a coach, Then the source and municipality stay and the handover is the coach's`, async () => {
      await intake(id, { coach: COACH.username }, referralSource);
      expect((await fx.engine.getInstance(id)).variables).to.include({ referralSource, municipality: 'Kemijärvi', coach: COACH.username });
      expect(await openTasks(fx.engine, id)).to.deep.equal(['ipsHandover']);
      expect((await openTask(id, 'ipsHandover')).assignee).to.equal(COACH.id);
    });
  }

  it('Given a named user who is not an active job coach, When the intake is completed, Then it is refused naming the coach field and the task stays open', async () => {
    await fx.store.saveUser({
      id: 'user-nurse',
      username: 'noora.hoitaja',
      displayName: 'N',
      roles: ['nurse'],
      passwordHash: 'x',
      createdAt: '2026-01-01',
    });
    await fx.store.saveUser({ ...coachUser(3, 'poistunut.valmentaja'), disabled: true, passwordHash: 'x', createdAt: '2026-01-01' });
    for (const coach of ['noora.hoitaja', 'poistunut.valmentaja', 'ei.ketaan']) {
      const refused = await refusalOf(intake(id, { coach }));
      expect(refused, coach).to.include({ status: 400, path: '/coach', message: 'Käyttäjä ei ole aktiivinen työhönvalmentaja.' });
    }
    expect(await openTasks(fx.engine, id)).to.deep.equal(['ipsReferral']);
    expect(Object.fromEntries(await fx.store.countCaseloads('supported-employment', [COACH.username]))).to.deep.equal({
      [COACH.username]: 0,
    });
  });

  it('Given a coach with 20 clients, When a 21st client is referred to the coach, Then it is refused (409 on coach) and another coach takes the client', async () => {
    await givenClientsOf(COACH, 20);
    const refused = await refusalOf(intake(id, { coach: COACH.username }));
    expect(refused).to.include({ status: 409, path: '/coach' });
    expect(refused.message).to.match(/jo 20 asiakasta/);
    expect(await openTasks(fx.engine, id)).to.deep.equal(['ipsReferral']);
    await intake(id, { coach: OTHER_COACH.username });
    expect((await openTask(id, 'ipsHandover')).assignee).to.equal(OTHER_COACH.id);
    const counts = await fx.store.countCaseloads('supported-employment', [COACH.username, OTHER_COACH.username]);
    expect(Object.fromEntries(counts)).to.deep.equal({ [COACH.username]: 20, [OTHER_COACH.username]: 1 });
  });

  it('Given one place left, When two intakes name the coach at the same time, Then exactly one gets it', async () => {
    await givenClientsOf(COACH, 19);
    const other = await start();
    const results = await Promise.allSettled([intake(id, { coach: COACH.username }), intake(other, { coach: COACH.username })]);
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    expect((await fx.store.countCaseloads('supported-employment', [COACH.username])).get(COACH.username)).to.equal(20);
  });

  it('Given a coach with a free place, When the client is put on the waiting list, Then it is refused naming the coach field', async () => {
    await givenClientsOf(COACH, 20);
    const refused = await refusalOf(intake(id, { waitingList: true }));
    expect(refused).to.include({ status: 409, path: '/coach' });
    expect(refused.message).to.include(OTHER_COACH.username);
  });

  it('Given every coach full, When clients go to the waiting list and a place frees, Then the first to come gets the coach and the next waits on', async () => {
    const [coachsFirst] = await givenClientsOf(COACH, 20);
    await givenClientsOf(OTHER_COACH, 20);
    const later = await start();
    await intake(id, { waitingList: true });
    await intake(later, { waitingList: true });
    expect(await openTasks(fx.engine, id)).to.deep.equal([]);
    const list = await ipsWaitingList(deps, COACH);
    expect(list.waiting.map((w) => [w.position, w.clientRef])).to.deep.equal([
      [1, (await fx.engine.getInstance(id)).clientRef],
      [2, (await fx.engine.getInstance(later)).clientRef],
    ]);
    expect(list.coaches.map((c) => [c.username, c.clients, c.free])).to.deep.include.members([
      [COACH.username, 20, 0],
      [OTHER_COACH.username, 20, 0],
    ]);

    // When one of the first coach's clients ends (dropped out), through the use case as that coach.
    await coachDoes(coachsFirst!, 'ipsHandover', { meetingDate: '2026-11-10', jobCoachName: COACH.displayName });
    await fx.engine.deliverMessage(coachsFirst!, 'first-employer-contact');
    await coachDoes(coachsFirst!, 'coaching', { ipsEvent: 'dropped-out', endReason: 'Muutti pois (fiktiivinen).' });
    await coachDoes(coachsFirst!, 'ipsOutcome', { ipsOutcome: 'dropped-out' });
    expect((await fx.engine.getInstance(coachsFirst!)).state).to.equal('completed');

    // Then the client who came first has the freed coach and the handover is that coach's.
    expect(await openTasks(fx.engine, id)).to.deep.equal(['ipsHandover']);
    expect((await openTask(id, 'ipsHandover')).assignee).to.equal(COACH.id);
    expectInOrder(await pathOf(fx.engine, id), ['ipsReferral', 'waitingList', 'handoverMerge', 'ipsHandover']);
    expect(await openTasks(fx.engine, later)).to.deep.equal([]);
    const after = await ipsWaitingList(deps, MANAGER);
    expect(after.waiting.map((w) => w.clientRef)).to.deep.equal([(await fx.engine.getInstance(later)).clientRef]);
    expect((await fx.store.countCaseloads('supported-employment', [COACH.username])).get(COACH.username)).to.equal(20);
  });

  it('Given a client waiting 14 days, When the timer fires, Then intake is checked again and the client keeps their place in the queue', async () => {
    await givenClientsOf(COACH, 20);
    await givenClientsOf(OTHER_COACH, 20);
    await intake(id, { waitingList: true });
    const next = await start();
    await intake(next, { waitingList: true });
    await fx.engine.fireDueTimers(new Date(Date.now() + 15 * 864e5));
    expect(await openTasks(fx.engine, id)).to.deep.equal(['ipsReferral']);
    await intake(id, { waitingList: true });
    const list = await ipsWaitingList(deps, COACH);
    expect(list.waiting[0]!.clientRef, 'still first in arrival order').to.equal((await fx.engine.getInstance(id)).clientRef);
    expectInOrder(await pathOf(fx.engine, id), ['waitingList', 'waitingTimer', 'intakeMerge', 'ipsReferral', 'waitingList']);
  });

  it('Given a new coach joins while clients wait, When a manager fills the freed places, Then the waiting clients are placed in arrival order', async () => {
    await givenClientsOf(COACH, 20);
    await givenClientsOf(OTHER_COACH, 20);
    await intake(id, { waitingList: true });
    await fx.store.saveUser({ ...coachUser(4, 'uusi.valmentaja'), passwordHash: 'x', createdAt: '2026-01-01' });
    const { placed } = await fillFreedPlaces(deps, MANAGER);
    expect(placed).to.deep.equal([{ clientRef: (await fx.engine.getInstance(id)).clientRef, coach: 'uusi.valmentaja' }]);
    expect((await openTask(id, 'ipsHandover')).assignee).to.equal('user-coach-4');
  });

  it('Given a worker who neither coaches nor manages, When they ask for the waiting list, Then it is forbidden', async () => {
    const nurse: Caller = { id: 'n', username: 'n', displayName: 'N', roles: ['nurse'] };
    expect((await refusalOf(ipsWaitingList(deps, nurse))).status).to.equal(403);
    expect((await refusalOf(fillFreedPlaces(deps, nurse))).status).to.equal(403);
  });

  it('Given the tripartite handover, When it is done, Then the first employer contact is expected within 30 days', async () => {
    await intake(id, { coach: COACH.username });
    const before = Date.now();
    await coachDoes(id, 'ipsHandover', { meetingDate: '2026-11-10', jobCoachName: COACH.displayName });
    const waiting = (await fx.engine.getInstance(id)).active.find((a) => a.activityId === 'firstEmployerContact');
    const days = (Date.parse(waiting?.expectedBy ?? '') - before) / 864e5;
    expect(days).to.be.within(29.99, 30.01);
  });

  it('Given coaching, When two jobs, a work trial and study come and go, Then coaching goes on after each and ends as "no longer needed" with its outcome', async () => {
    await givenCoaching();
    const job = (startDate: string, contract: string) => ({
      sector: 'city',
      paySubsidy: true,
      apprenticeship: false,
      workingTime: 'part-time',
      contract,
      startDate,
    });
    await coachDoes(id, 'coaching', { ipsEvent: 'work-trial', employerContacts: 7 });
    await coachDoes(id, 'coaching', { ipsEvent: 'employment-started', employment: job('2027-01-01', 'fixed-term'), employerContacts: 6 });
    await coachDoes(id, 'coaching', {
      ipsEvent: 'employment-ended',
      employment: { ...job('2027-01-01', 'fixed-term'), endDate: '2027-03-31' },
    });
    await coachDoes(id, 'coaching', { ipsEvent: 'study' });
    await coachDoes(id, 'coaching', {
      ipsEvent: 'employment-started',
      employment: { ...job('2027-05-01', 'permanent'), sector: 'company', workingTime: 'full-time' },
    });
    await coachDoes(id, 'coaching', { ipsEvent: 'coaching-continues' });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['coaching']);
    await coachDoes(id, 'coaching', { ipsEvent: 'ended-no-longer-needed' });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['ipsOutcome']);
    const done = await coachDoes(id, 'ipsOutcome', {
      ipsOutcome: 'employed-company',
      startDate: '2027-05-01',
      firstEmployerContactDate: '2026-11-20',
    });
    expect(done.processInstance.state).to.equal('completed');
    const path = await pathOf(fx.engine, id);
    expect(path.filter((a) => a === 'coaching')).to.have.length(7);
    expect(path.at(-1)).to.equal('endEnded');

    // Then the IPS report counts the person once and both jobs, and the outcome report the final outcome.
    const report = await ipsReport(deps, MANAGER);
    expect(report.total).to.include({ clients: 1, employedPersons: 1, jobs: 2, employmentRatio: 1 });
    expect(report.bySource).to.deep.equal([{ referralSource: 'employment-trial', ...report.total }]);
    expect(report.byMunicipality).to.deep.equal([{ municipality: 'Kemijärvi', ...report.total }]);
    const outcomes = await fx.store.countOutcomes('supported-employment');
    expect(outcomes.byOutcome).to.deep.equal([{ outcome: 'employed-company', count: 1, persons: 1 }]);
  });

  it('Given coaching before any job, When the client drops out, Then the reason is required, the outcome recorded and the path ends as dropped out', async () => {
    await givenCoaching('self');
    const refused = forms.checkFormData('ips-episode', { ipsEvent: 'dropped-out' }).some((e) => e.path === '/endReason');
    expect(refused, 'a dropout without a reason is refused by the form').to.equal(true);
    expect((await refusalOf(coachDoes(id, 'coaching', { ipsEvent: 'dropped-out' }))).status).to.equal(400);
    await coachDoes(id, 'coaching', { ipsEvent: 'dropped-out', endReason: 'Muutti toiselle paikkakunnalle (fiktiivinen).' });
    await coachDoes(id, 'ipsOutcome', { ipsOutcome: 'dropped-out' });
    expectInOrder(await pathOf(fx.engine, id), [
      'ipsReferral',
      'ipsHandover',
      'firstEmployerContact',
      'coaching',
      'eventGateway',
      'ipsOutcome',
      'endGateway',
      'endDroppedOut',
    ]);
    expect(
      (await fx.store.countCaseloads('supported-employment', [COACH.username])).get(COACH.username),
      'the place is free again',
    ).to.equal(0);
  });
});
