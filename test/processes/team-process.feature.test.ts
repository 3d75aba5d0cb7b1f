/** Feature: the team process (DOMAIN §4) on the real engine and SQLite store. */
import { expect } from 'chai';
import { actor, daysFromNow, givenEngine, type EngineFixture } from '../support/engine.js';
import { hourAfter, wednesdayAhead } from './support/meetingDate.js';
import { completeAs, deployPolkuProcesses, openTasks, pathOf } from './support/steps.js';
import { holdTeamMeeting } from './support/teamSteps.js';

describe('Feature: team process (team-process)', () => {
  let fx: EngineFixture;
  let teamId: string;

  beforeEach(async () => {
    fx = await givenEngine();
    await deployPolkuProcesses(fx.engine);
    teamId = (await fx.engine.startInstance({ processKey: 'team-process' })).id;
  });
  afterEach(async () => fx.close());

  it('Given a referral, When the referrer books an odd-week Wednesday and confirms a week ahead, Then the instance waits for the meeting until that day', async () => {
    const meeting = wednesdayAhead(8);
    await completeAs(fx.engine, teamId, 'teamInvitation', 'case-manager', { invitationsConfirmed: true, meetingDate: meeting.toISOString() });
    expect((await fx.engine.getInstance(teamId)).active.map((a) => a.activityId)).to.deep.equal(['meetingTimer']);
    await fx.engine.fireDueTimers(new Date(meeting.getTime() - 3600e3));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal([]);
    await fx.engine.fireDueTimers(hourAfter(meeting));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['ttsTeam']);
  });

  it('Given the meeting, When a case manager without the team role tries the TTS §8–13 task, Then it is not theirs; the team completes it', async () => {
    const meeting = wednesdayAhead(8);
    await completeAs(fx.engine, teamId, 'teamInvitation', 'case-manager', { invitationsConfirmed: true, meetingDate: meeting.toISOString() });
    await fx.engine.fireDueTimers(hourAfter(meeting));
    const [task] = await fx.engine.listTasks({ processInstanceId: teamId, state: 'open' });
    expect(task.role).to.deep.equal(['team']);
    let refused: unknown;
    await fx.engine.completeTask(task.id, { data: {}, actor: actor('case-manager') }).catch((err: unknown) => (refused = err));
    expect(refused).to.have.property('code', 'not_found');
    await completeAs(fx.engine, teamId, 'ttsTeam', 'team');
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['signatures']);
  });

  it('Given a booking, When the invitations are not confirmed, Then the referrer books again', async () => {
    await completeAs(fx.engine, teamId, 'teamInvitation', 'case-manager', { invitationsConfirmed: false, meetingDate: wednesdayAhead(8).toISOString() });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamInvitation']);
    expect((await pathOf(fx.engine, teamId)).filter((id) => id === 'teamInvitation')).to.have.length(2);
  });

  it('Given a booking, When the slot is an even-week Wednesday, Then it is refused and the referrer books again', async () => {
    await completeAs(fx.engine, teamId, 'teamInvitation', 'case-manager', { invitationsConfirmed: true, meetingDate: wednesdayAhead(8, false).toISOString() });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamInvitation']);
    expect(await pathOf(fx.engine, teamId)).to.include('slotGateway').and.not.include('meetingTimer');
  });

  it('Given a booking, When the odd-week Wednesday is less than seven days away, Then the invitations are too late and the referrer books again', async () => {
    const tooLate = wednesdayAhead(-20);
    expect(tooLate.getTime() - Date.now()).to.be.below(7 * 864e5);
    await completeAs(fx.engine, teamId, 'teamInvitation', 'case-manager', { invitationsConfirmed: true, meetingDate: tooLate.toISOString() });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamInvitation']);
    expect(await pathOf(fx.engine, teamId)).to.include('slotGateway').and.not.include('meetingTimer');
  });

  it('Given unconfirmed invitations, When three days pass, Then the booking task is replaced by a reminder to the referrer that leads on to the meeting', async () => {
    await fx.engine.fireDueTimers(daysFromNow(2));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamInvitation']);
    await fx.engine.fireDueTimers(daysFromNow(3.1));
    const [reminder] = await fx.engine.listTasks({ processInstanceId: teamId, state: 'open' });
    expect(reminder.activityId).to.equal('invitationEscalation');
    expect(reminder.role).to.deep.equal(['case-manager', 'social-worker', 'work-ability-coordinator']);
    expect(reminder.expectedBy, 'reminder is due in two days').to.be.a('string');
    const meeting = wednesdayAhead(8);
    await completeAs(fx.engine, teamId, 'invitationEscalation', 'case-manager', { invitationsConfirmed: true, meetingDate: meeting.toISOString() });
    expect(await pathOf(fx.engine, teamId)).to.include.members(['invitationReminder', 'invitationEscalation', 'confirmedGateway', 'slotGateway']);
    expect((await fx.engine.getInstance(teamId)).active.map((a) => a.activityId)).to.deep.equal(['meetingTimer']);
  });

  it('Given a signed and distributed plan, When 90 days pass and the follow-up says continue, Then another 90 days follow; reconvene books a new meeting; close ends the plan', async () => {
    const meeting = await holdTeamMeeting(fx.engine, teamId);
    expect(await openTasks(fx.engine, teamId)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(meeting.getTime() + 91 * 864e5));
    await completeAs(fx.engine, teamId, 'followUp', 'case-manager', { followUpDecision: 'continue' });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(meeting.getTime() + 200 * 864e5));
    await completeAs(fx.engine, teamId, 'followUp', 'case-manager', { followUpDecision: 'reconvene' });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamInvitation']);

    const second = await holdTeamMeeting(fx.engine, teamId);
    await fx.engine.fireDueTimers(new Date(second.getTime() + 91 * 864e5));
    const done = await completeAs(fx.engine, teamId, 'followUp', 'case-manager', { followUpDecision: 'close' });
    expect(done.state).to.equal('completed');
    const path = await pathOf(fx.engine, teamId);
    expect(path.filter((id) => id === 'ttsTeam')).to.have.length(2);
    expect(path.filter((id) => id === 'followUp')).to.have.length(3);
    expect(path.at(-1)).to.equal('endClosed');
  });
});
