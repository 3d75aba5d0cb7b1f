/**
 * The team's meeting rhythm (DOMAIN §4): meetings on Wednesdays of odd ISO weeks, 13–15 Finnish
 * time. A path that comes to the team should meet it on the first such Wednesday at least seven
 * days later (the invitations are confirmed a week ahead), so it is due by 15:00 that day. The
 * slots are the slot rule's own (engine/meetings/slot.ts), read in Finnish time.
 */
import { CONFIRM_BEFORE_MS, meetingSlotsBetween } from '../../meetings/slot.js';
import { helsinkiInstant, helsinkiLocal } from '../../runtime/helsinki.js';

/** When the meeting window closes, Finnish local time. */
export const MEETING_WINDOW_ENDS = '15:00:00';

/** 15:00 Finnish time on the first odd-ISO-week Wednesday whose date is at least seven days after the Finnish date of `arrival`. */
export function rhythmDeadline(arrival: Date): Date {
  const earliest = new Date(Date.parse(`${helsinkiLocal(arrival).date}T00:00:00Z`) + CONFIRM_BEFORE_MS).toISOString().slice(0, 10);
  const from = helsinkiInstant(earliest, '00:00:00');
  const [slot] = meetingSlotsBetween(from, new Date(from.getTime() + 15 * 864e5));
  return helsinkiInstant(helsinkiLocal(slot!).date, MEETING_WINDOW_ENDS);
}
