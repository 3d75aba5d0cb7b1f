/**
 * The coming team meetings ("Tulevat tiimikokoukset"): every slot of the period (odd-week
 * Wednesday 13–15), free or booked, with the confirmation deadline (the meeting minus seven days)
 * and whether it has passed unconfirmed. One store read for the page; the policy decides and logs.
 */
import { invalidInput } from '../errors.js';
import { CONFIRM_BEFORE_MS, meetingSlotsBetween } from '../meetings/slot.js';
import { requireMeetingReader, revealBookings, type VisibleBooking } from '../policy/meetings.js';
import { now, type Caller, type UseCaseDeps } from './context.js';

/** How far ahead the page looks by default, and at most. */
const DEFAULT_WEEKS = 8;
const MAX_DAYS = 190;

/** One meeting slot on the page. */
export interface MeetingSlotView {
  slot: string;
  /** The last moment to confirm the invitations: the meeting minus seven days. */
  confirmBy: string;
  /** True when a new booking may still take the slot (at least seven days ahead). */
  bookable: boolean;
  /** True when booked, the deadline has passed and the invitations are not confirmed. */
  late: boolean;
  booking: VisibleBooking | null;
}

/** The slots from `from` (default now) to `to` (default eight weeks on); invalid_input naming the field otherwise. */
export async function listComingMeetings(
  deps: UseCaseDeps,
  caller: Caller,
  query: { from?: string; to?: string },
): Promise<{ from: string; to: string; items: MeetingSlotView[] }> {
  requireMeetingReader(caller);
  const at = now(deps);
  const from = query.from ? dateOf(query.from, 'from') : at;
  const to = query.to ? dateOf(query.to, 'to') : new Date(from.getTime() + DEFAULT_WEEKS * 7 * 864e5);
  if (to <= from || to.getTime() - from.getTime() > MAX_DAYS * 864e5)
    throw invalidInput('the period is not valid', [{ path: '/to', message: `after from, at most ${MAX_DAYS} days later` }]);
  const rows = await deps.store.listMeetingBookings(from.toISOString(), to.toISOString());
  const bookings = await revealBookings(deps, caller, rows);
  const items = meetingSlotsBetween(from, to).map((slot) => {
    const confirmBy = new Date(slot.getTime() - CONFIRM_BEFORE_MS);
    const booking = bookings.get(slot.toISOString()) ?? null;
    return {
      slot: slot.toISOString(),
      confirmBy: confirmBy.toISOString(),
      bookable: !booking && confirmBy >= at,
      late: !!booking && booking.confirmed !== true && confirmBy < at,
      booking,
    };
  });
  return { from: from.toISOString(), to: to.toISOString(), items };
}

function dateOf(text: string, field: string): Date {
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw invalidInput(`${field} is not a date`, [{ path: `/${field}`, message: 'not a date' }]);
  return d;
}
