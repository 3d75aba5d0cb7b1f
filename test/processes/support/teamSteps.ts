/** Steps that walk a team-process instance, shared by the team scenario and the referral scenarios. */
import type { PolkuEngineApi } from '../../../engine/api.js';
import { completeAs } from './steps.js';
import { hourAfter, wednesdayAhead } from './meetingDate.js';

/** Books the slot (one client per meeting) and confirms the invitations (or not), as the role. */
export async function bookAndConfirm(
  engine: PolkuEngineApi,
  teamId: string,
  meeting: Date,
  invitationsConfirmed = true,
  role = 'case-manager',
): Promise<void> {
  await completeAs(engine, teamId, 'teamBooking', role, { meetingDate: meeting.toISOString() });
  await completeAs(engine, teamId, 'teamInvitation', role, { invitationsConfirmed, meetingDate: meeting.toISOString() });
}

/** Books a valid slot, confirms, lets the meeting come, fills TTS §8–13, signs and distributes; returns the meeting date. */
export async function holdTeamMeeting(engine: PolkuEngineApi, teamId: string): Promise<Date> {
  const meeting = wednesdayAhead(8);
  await bookAndConfirm(engine, teamId, meeting);
  await engine.fireDueTimers(hourAfter(meeting));
  await completeAs(engine, teamId, 'ttsTeam', 'team');
  await completeAs(engine, teamId, 'signatures', 'case-manager');
  await completeAs(engine, teamId, 'distribution', 'case-manager');
  return meeting;
}

/** After the meeting: the 90-day follow-up comes due and the responsible person closes the plan. */
export async function closeAfterFollowUp(engine: PolkuEngineApi, teamId: string, meeting: Date): Promise<void> {
  await engine.fireDueTimers(new Date(meeting.getTime() + 91 * 864e5));
  await completeAs(engine, teamId, 'followUp', 'case-manager', { followUpDecision: 'close' });
}
