/**
 * The team meeting slot rule (DOMAIN §4): one client per meeting on Wednesdays of odd ISO weeks,
 * 13–15 Finnish time, booked at least seven days ahead by the engine's clock so that the invitations
 * can be confirmed a week before. One function: the booking extension refuses a slot with it and
 * the team process's slot gateway asks it through FEEL (`meetingSlotOk`).
 */
import { helsinkiInstant, helsinkiLocal, isoWeekOf } from '../runtime/helsinki.js';

/** How long before the meeting the invitations must be confirmed. */
export const CONFIRM_BEFORE_MS = 7 * 864e5;
/** The meeting's start, Finnish local time. */
export const MEETING_TIME = '13:00:00';

/**
 * The start of the slot an instant names: seconds and milliseconds dropped, so `…T11:00:00.001Z`
 * and `…T11:00:30Z` are the 13:00 slot, not other keys. The rule and the booking key both read it.
 */
export function meetingSlotStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

/** Why the instant (normalised to its slot start) is not a bookable slot at `now`, in Finnish for the form; null when it is one. */
export function meetingSlotProblem(instant: Date, now: Date): string | null {
  if (Number.isNaN(instant.getTime())) return 'Kokousaika ei ole päivämäärä.';
  const at = meetingSlotStart(instant);
  const local = helsinkiLocal(at);
  const { week, weekday } = isoWeekOf(local.date);
  if (weekday !== 3 || week % 2 !== 1) return 'Tiimi kokoontuu parittomien viikkojen keskiviikkoisin.';
  if (local.time !== MEETING_TIME) return 'Kokous alkaa klo 13.00 (Suomen aikaa).';
  if (at.getTime() - now.getTime() < CONFIRM_BEFORE_MS) return 'Kokous on varattava vähintään 7 päivää etukäteen.';
  return null;
}

/** The meeting slots (13:00 Finnish time) in [from, to), by time. */
export function meetingSlotsBetween(from: Date, to: Date): Date[] {
  const slots: Date[] = [];
  // Walk the calendar days of Finland; 13:00 there is 11:00Z in winter and 10:00Z in summer.
  for (
    let day = new Date(`${helsinkiLocal(from).date}T00:00:00Z`);
    day.getTime() < to.getTime() + 864e5;
    day = new Date(day.getTime() + 864e5)
  ) {
    const date = day.toISOString().slice(0, 10);
    const { week, weekday } = isoWeekOf(date);
    if (weekday !== 3 || week % 2 !== 1) continue;
    const at = helsinkiInstant(date, MEETING_TIME);
    if (at >= from && at < to) slots.push(at);
  }
  return slots;
}

/** The first slot at least `days` after `now`. */
export function firstSlotAfter(now: Date, days: number): Date {
  const from = new Date(now.getTime() + days * 864e5);
  return meetingSlotsBetween(from, new Date(from.getTime() + 15 * 864e5))[0]!;
}
