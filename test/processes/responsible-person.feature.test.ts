/**
 * Feature: the named responsible person (DOMAIN §2, TTS §12). The team meeting names the person;
 * from then on the signatures, the distribution, the follow-ups and the re-meeting are theirs, not a
 * role's, until they hand the path over with a note. Real engine, real SQLite store, real user rows.
 */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { hourAfter, wednesdayAhead } from './support/meetingDate.js';
import { completeAs, deployPolkuProcesses, validFormData } from './support/steps.js';
import { bookAndConfirm } from './support/teamSteps.js';

/** Two fictional workers: a Kela expert named in the meeting and a social worker who takes over. */
const KELA = { id: 'user-kela-1', username: 'kaisa.kela', displayName: 'Kaisa Kela (fiktiivinen)', roles: ['kela'] };
const SOCIAL = { id: 'user-social-1', username: 'sari.sosiaali', displayName: 'Sari Sosiaali (fiktiivinen)', roles: ['social-worker'] };
/** TTS §12 as the meeting wrote it; the signing and distribution tasks show the same plan (the form prefills it). */
const NAMED = { responsiblePerson: { title: 'Ratkaisuasiantuntija', name: KELA.displayName, username: KELA.username } };
const as = (u: { id: string; roles: string[] }) => ({ id: u.id, roles: u.roles });

describe('Feature: the named responsible person (team-process)', () => {
  let fx: EngineFixture;
  let id: string;
  let meeting: Date;

  /** The open task at an activity (fails the test when there is none). */
  async function openTask(activityId: string) {
    const task = (await fx.engine.listTasks({ processInstanceId: id, state: 'open' })).find((t) => t.activityId === activityId);
    if (!task) throw new Error(`no open ${activityId}`);
    return task;
  }

  /** Completes the open task as the given user with valid data of its form. */
  async function completeBy(user: { id: string; roles: string[] }, activityId: string, overrides: Record<string, unknown> = {}) {
    const task = await openTask(activityId);
    return fx.engine.completeTask(task.id, { data: validFormData(task.formKey as string, overrides), actor: as(user) });
  }

  beforeEach(async () => {
    fx = await givenEngine();
    for (const u of [KELA, SOCIAL]) await fx.store.saveUser({ ...u, passwordHash: 'x', createdAt: new Date().toISOString() });
    await deployPolkuProcesses(fx.engine);
    id = (await fx.engine.startInstance({ processKey: 'team-process' })).id;
    meeting = wednesdayAhead(8);
    await bookAndConfirm(fx.engine, id, meeting);
    await fx.engine.fireDueTimers(hourAfter(meeting));
    // Given the team names the Kela expert as the responsible person in the meeting
    await completeAs(fx.engine, id, 'ttsTeam', 'team', NAMED);
  });
  afterEach(async () => fx.close());

  it('Given the person named in the meeting, When the signatures come, Then the task is assigned to that person, reachable with their own role, and no case manager can complete it', async () => {
    const signatures = await openTask('signatures');
    expect(signatures.assignee).to.equal(KELA.id);
    expect(signatures.role).to.include.members(['case-manager', 'kela']);
    let refused: unknown;
    await completeAs(fx.engine, id, 'signatures', 'case-manager', NAMED).catch((e: unknown) => (refused = e));
    expect(refused, "a case manager completing the named person's task").to.have.property('code', 'conflict');
    await completeBy(KELA, 'signatures', NAMED);
    expect((await openTask('distribution')).assignee).to.equal(KELA.id);
  });

  it("Given the plan distributed, When the follow-up comes due and the named person hands over with a note, Then the next follow-up and the re-meeting are the new person's", async () => {
    await completeBy(KELA, 'signatures', NAMED);
    await completeBy(KELA, 'distribution', NAMED);
    await fx.engine.fireDueTimers(new Date(meeting.getTime() + 91 * 864e5));
    expect((await openTask('followUp')).assignee).to.equal(KELA.id);
    await completeBy(KELA, 'followUp', { followUpDecision: 'handover' });
    // When the Kela expert hands the path over to the social worker, with a handover note
    const handover = await openTask('handover');
    expect(handover).to.include({ assignee: KELA.id, formKey: 'responsible-handover' });
    await completeBy(KELA, 'handover', {
      responsiblePerson: { title: 'Sosiaalityöntekijä', name: SOCIAL.displayName, username: SOCIAL.username },
      handoverNote: 'Työkokeilu alkaa joulukuussa; Kelan päätös odottaa (fiktiivinen).',
    });
    // Then the next follow-up is the social worker's, and so is the re-meeting she decides on
    await fx.engine.fireDueTimers(new Date(meeting.getTime() + 200 * 864e5));
    expect((await openTask('followUp')).assignee).to.equal(SOCIAL.id);
    await completeBy(SOCIAL, 'followUp', { followUpDecision: 'reconvene' });
    const booking = await openTask('teamBooking');
    expect(booking.assignee).to.equal(SOCIAL.id);
    const path = (await fx.engine.getInstance(id)).variables;
    expect(path.responsiblePerson).to.include({ username: SOCIAL.username });
    expect(path.handoverNote).to.be.a('string');
  });

  it('Given a responsible person with no account in Polku, When the signatures come, Then the task stays with the roles so the path never stops', async () => {
    const other = await fx.engine.startInstance({ processKey: 'team-process' });
    id = other.id;
    const another = wednesdayAhead(22);
    await bookAndConfirm(fx.engine, id, another);
    await fx.engine.fireDueTimers(hourAfter(another));
    await completeAs(fx.engine, id, 'ttsTeam', 'team', {
      responsiblePerson: { title: 'Asiakasvastaava', name: 'Ei tunnusta (fiktiivinen)', username: 'no.such.user' },
    });
    const signatures = await openTask('signatures');
    expect(signatures.assignee).to.equal(null);
    expect(signatures.role).to.deep.equal(['case-manager']);
    await completeAs(fx.engine, id, 'signatures', 'case-manager');
  });
});
