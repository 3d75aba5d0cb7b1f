/** Feature: the team process (DOMAIN §4) on the real engine and SQLite store. */
import { expect } from 'chai';
import type { AppError } from '../../engine/errors.js';
import { actor, givenEngine, type EngineFixture } from '../support/engine.js';
import { hourAfter, wednesdayAhead } from './support/meetingDate.js';
import { completeAs, deployPolkuProcesses, expectInOrder, openTasks, pathOf } from './support/steps.js';
import { bookAndConfirm, holdTeamMeeting } from './support/teamSteps.js';

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
    await bookAndConfirm(fx.engine, teamId, meeting);
    expect((await fx.engine.getInstance(teamId)).active.map((a) => a.activityId)).to.deep.equal(['meetingTimer']);
    await fx.engine.fireDueTimers(new Date(meeting.getTime() - 3600e3));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal([]);
    await fx.engine.fireDueTimers(hourAfter(meeting));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['ttsTeam']);
  });

  it('Given the meeting, When a case manager without the team role tries the TTS §8–13 task, Then it is not theirs; the team completes it', async () => {
    const meeting = wednesdayAhead(8);
    await bookAndConfirm(fx.engine, teamId, meeting);
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
    await bookAndConfirm(fx.engine, teamId, wednesdayAhead(8), false);
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamBooking']);
    expect((await pathOf(fx.engine, teamId)).filter((id) => id === 'teamBooking')).to.have.length(2);
  });

  /** Books `at` and returns the refusal (fails when the booking is taken). */
  async function refusedBooking(at: Date) {
    let refused: unknown;
    await completeAs(fx.engine, teamId, 'teamBooking', 'case-manager', { meetingDate: at.toISOString() }).catch(
      (e: unknown) => (refused = e),
    );
    expect(refused, `booking ${at.toISOString()}`).to.have.property('code', 'invalid_input');
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamBooking']);
    expect(await fx.store.listMeetingBookings('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z')).to.deep.equal([]);
    return (refused as AppError).details;
  }

  it('Given a referral, When the referrer books an even-week Wednesday at 13, Then the booking is refused naming meetingDate and the task stays open', async () => {
    const [detail] = await refusedBooking(wednesdayAhead(8, false));
    expect(detail).to.deep.equal({ path: '/meetingDate', message: 'Tiimi kokoontuu parittomien viikkojen keskiviikkoisin.' });
  });

  it('Given a referral, When the referrer books an odd-week Wednesday at 14 or at 12 Finnish time, Then the booking is refused: the meeting is 13–15', async () => {
    const slot = wednesdayAhead(8);
    for (const at of [hourAfter(slot), new Date(slot.getTime() - 3600e3)]) {
      const [detail] = await refusedBooking(at);
      expect(detail).to.deep.equal({ path: '/meetingDate', message: 'Kokous alkaa klo 13.00 (Suomen aikaa).' });
    }
  });

  it('Given a referral, When the referrer books an odd-week slot less than seven days ahead by the engine clock, Then the booking is refused; eight days ahead is taken', async () => {
    const slot = wednesdayAhead(8);
    // The engine's clock, not the machine's: an engine whose clock stands six days before the slot refuses it.
    const early = await givenEngine({ clock: () => new Date(slot.getTime() - 6 * 864e5) });
    try {
      await deployPolkuProcesses(early.engine);
      const other = (await early.engine.startInstance({ processKey: 'team-process' })).id;
      const refused = await completeAs(early.engine, other, 'teamBooking', 'case-manager', { meetingDate: slot.toISOString() }).catch(
        (e: unknown) => e,
      );
      expect(refused).to.have.property('code', 'invalid_input');
    } finally {
      await early.close();
    }
    const [detail] = await refusedBooking(wednesdayAhead(-20));
    expect(detail).to.deep.equal({ path: '/meetingDate', message: 'Kokous on varattava vähintään 7 päivää etukäteen.' });
    await completeAs(fx.engine, teamId, 'teamBooking', 'case-manager', { meetingDate: slot.toISOString() });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamInvitation']);
  });

  it('Given a booked meeting, When the invitations are still unconfirmed seven days before it, Then the slot is given up and the referrer books again', async () => {
    const meeting = wednesdayAhead(15);
    await completeAs(fx.engine, teamId, 'teamBooking', 'case-manager', { meetingDate: meeting.toISOString() });
    const deadline = new Date(meeting.getTime() - 7 * 864e5);
    await fx.engine.fireDueTimers(new Date(deadline.getTime() - 3600e3));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamInvitation']);
    await fx.engine.fireDueTimers(new Date(deadline.getTime() + 60e3));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamBooking']);
    expect(await pathOf(fx.engine, teamId))
      .to.include('confirmDeadline')
      .and.not.include('meetingTimer');
  });

  it('Given one client booked into a slot, When a second client is booked into the same slot, Then the booking is refused and the second can book another', async () => {
    const meeting = wednesdayAhead(8);
    await completeAs(fx.engine, teamId, 'teamBooking', 'case-manager', { meetingDate: meeting.toISOString() });
    const second = (await fx.engine.startInstance({ processKey: 'team-process' })).id;
    let refused: unknown;
    await completeAs(fx.engine, second, 'teamBooking', 'case-manager', { meetingDate: meeting.toISOString() }).catch(
      (e: unknown) => (refused = e),
    );
    expect(refused).to.have.property('code', 'conflict');
    expect(await openTasks(fx.engine, second)).to.deep.equal(['teamBooking']);
    const other = wednesdayAhead(22);
    await completeAs(fx.engine, second, 'teamBooking', 'case-manager', { meetingDate: other.toISOString() });
    const booked = await fx.store.listMeetingBookings(meeting.toISOString(), '2100-01-01T00:00:00.000Z');
    expect(booked.map((b) => b.instanceId)).to.deep.equal([teamId, second]);
  });

  it('Given two clients, When both are booked into the same meeting slot at the same moment, Then exactly one booking succeeds', async () => {
    const meeting = wednesdayAhead(8);
    const second = (await fx.engine.startInstance({ processKey: 'team-process' })).id;
    const results = await Promise.allSettled(
      [teamId, second].map((id) => completeAs(fx.engine, id, 'teamBooking', 'case-manager', { meetingDate: meeting.toISOString() })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).to.have.property('code', 'conflict');
    const [held] = await fx.store.listMeetingBookings(meeting.toISOString(), hourAfter(meeting).toISOString());
    expect(held!.instanceId).to.equal(results[0]!.status === 'fulfilled' ? teamId : second);
  });

  it('Given the meeting, When the team decides to meet again, Then after the signatures and distribution a new booking follows instead of the follow-up', async () => {
    const meeting = wednesdayAhead(8);
    await bookAndConfirm(fx.engine, teamId, meeting);
    await fx.engine.fireDueTimers(hourAfter(meeting));
    await completeAs(fx.engine, teamId, 'ttsTeam', 'team', { meetAgain: true });
    await completeAs(fx.engine, teamId, 'signatures', 'case-manager', { meetAgain: true });
    await completeAs(fx.engine, teamId, 'distribution', 'case-manager', { meetAgain: true });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamBooking']);
    expectInOrder(await pathOf(fx.engine, teamId), ['distribution', 'meetAgainGateway', 'bookingMerge', 'teamBooking']);
  });

  it('Given TTS §11 rows with follow-up dates, When the plan is distributed, Then the follow-ups come on those dates in order', async () => {
    const meeting = wednesdayAhead(8);
    const day = (days: number) => new Date(meeting.getTime() + days * 864e5).toISOString().slice(0, 10);
    const schedule = [
      { schedule: 'Kevät', implementation: 'Työkokeilu', followUpDate: day(60) },
      { schedule: 'Talvi', implementation: 'Kelan kuntoutus', followUpDate: day(30) },
    ];
    await bookAndConfirm(fx.engine, teamId, meeting);
    await fx.engine.fireDueTimers(hourAfter(meeting));
    for (const activity of ['ttsTeam', 'signatures', 'distribution'])
      await completeAs(fx.engine, teamId, activity, activity === 'ttsTeam' ? 'team' : 'case-manager', { schedule });
    await fx.engine.fireDueTimers(new Date(`${day(29)}T12:00:00Z`));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(`${day(30)}T12:00:00Z`));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['followUp']);
    await completeAs(fx.engine, teamId, 'followUp', 'case-manager', { followUpDecision: 'continue', followUpDate: day(30) });
    await fx.engine.fireDueTimers(new Date(`${day(59)}T12:00:00Z`));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(`${day(60)}T12:00:00Z`));
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['followUp']);
  });

  it('Given a signed and distributed plan, When 90 days pass and the follow-up says continue, Then another 90 days follow; reconvene books a new meeting; close ends the plan', async () => {
    const meeting = await holdTeamMeeting(fx.engine, teamId);
    expect(await openTasks(fx.engine, teamId)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(meeting.getTime() + 91 * 864e5));
    await completeAs(fx.engine, teamId, 'followUp', 'case-manager', { followUpDecision: 'continue' });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal([]);
    await fx.engine.fireDueTimers(new Date(meeting.getTime() + 200 * 864e5));
    await completeAs(fx.engine, teamId, 'followUp', 'case-manager', { followUpDecision: 'reconvene' });
    expect(await openTasks(fx.engine, teamId)).to.deep.equal(['teamBooking']);

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
