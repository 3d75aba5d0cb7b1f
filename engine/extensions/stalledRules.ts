/**
 * The team-rhythm rules of the stalled list (issue 12): a step with a `stalledRule` property gets
 * the earliest of its own expected time and the rules' deadlines as its expectedBy, and the rule
 * that gave it as the reason it shows when late. Deadlines are engine behaviour on the engine's
 * clock, fixed when the step starts, so the stalled list stays one indexed walk by expectedBy.
 *
 * - `meeting-rhythm`: a path waiting for the team meeting is due by 15:00 Finnish time on the first
 *   odd-week Wednesday at least seven days after it came to the team. The arrival is the engine-owned
 *   variable `teamWaitSince`, set by the first such step and cleared when a `team-meeting` milestone
 *   (the meeting's timer) ends, so a path that meets the team again waits from its new arrival.
 * - `invitation-unconfirmed`: due seven days before the meeting booked in the step's `bookSlot` field.
 * - `follow-up-missed`: due the step's expectedDuration after the follow-up date, the time the
 *   follow-up timer fired (the step's start), and named so in the list instead of plain `late`.
 */
import type { EventEmitter } from 'node:events';
import type { ActivityEventApi, StepContext } from '../runtime/StepContext.js';
import { CONFIRM_BEFORE_MS } from '../meetings/slot.js';
import { rhythmDeadline } from './util/teamRhythm.js';

/** Why a step is in the stalled list: its own expected time, or one of the team-rhythm rules. */
export const STALLED_REASONS = ['late', 'meeting-rhythm', 'invitation-unconfirmed', 'follow-up-missed'] as const;
export type StalledReason = (typeof STALLED_REASONS)[number];

/** Engine-owned: when the path came to the team and began waiting for its meeting (ISO). */
export const TEAM_WAIT_SINCE = 'teamWaitSince';
/** The milestone whose end means the team met the client. */
export const TEAM_MEETING = 'team-meeting';

const validDate = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
};

export function stalledRules(listener: EventEmitter, ctx: StepContext, variables: Record<string, unknown>): void {
  listener.on('activity.start', (api: ActivityEventApi) => {
    const rules = ctx.model.stalledRules.get(api.id);
    if (!rules) return;
    const now = ctx.now();
    const own = ctx.expectedBy.get(api.executionId);
    const candidates: { at: string; reason: StalledReason }[] = own ? [{ at: own, reason: 'late' }] : [];
    if (rules.includes('meeting-rhythm')) {
      let since = validDate(variables[TEAM_WAIT_SINCE]);
      if (!since) {
        since = now;
        variables[TEAM_WAIT_SINCE] = now.toISOString();
      }
      candidates.push({ at: rhythmDeadline(since).toISOString(), reason: 'meeting-rhythm' });
    }
    const field = ctx.model.slotBookings.get(api.id);
    const meeting = field ? validDate(variables[field]) : null;
    if (rules.includes('invitation-unconfirmed') && meeting) {
      candidates.push({ at: new Date(meeting.getTime() - CONFIRM_BEFORE_MS).toISOString(), reason: 'invitation-unconfirmed' });
    }
    // The follow-up is due its own expected time after it started (the follow-up date): the same deadline, named.
    if (rules.includes('follow-up-missed') && own) candidates.push({ at: own, reason: 'follow-up-missed' });
    // The earliest deadline decides; on a tie the rule, being the more telling reason.
    const first = candidates.reduce<(typeof candidates)[number] | null>(
      (best, c) => (!best || c.at < best.at || (c.at === best.at && best.reason === 'late') ? c : best),
      null,
    );
    if (!first) return;
    ctx.expectedBy.set(api.executionId, first.at);
    if (first.reason !== 'late') ctx.stalledReasons.set(api.executionId, first.reason);
  });
  listener.on('activity.end', (api: ActivityEventApi) => {
    if (ctx.model.milestones.get(api.id) === TEAM_MEETING) delete variables[TEAM_WAIT_SINCE];
  });
}
