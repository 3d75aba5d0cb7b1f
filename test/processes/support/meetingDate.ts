/** Team meeting dates for the scenarios: Wednesdays of odd ISO weeks, 13:00 Finnish time (engine/meetings/slot.ts). */
import { firstSlotAfter } from '../../../engine/meetings/slot.js';
import { helsinkiInstant, helsinkiLocal } from '../../../engine/runtime/helsinki.js';

/** The first meeting slot at least `minDays` ahead of `now`; with `odd: false` the Wednesday 13:00 of the even week after it. */
export function wednesdayAhead(minDays: number, odd = true, now = new Date()): Date {
  const slot = firstSlotAfter(now, minDays);
  if (odd) return slot;
  const weekLater = helsinkiLocal(new Date(slot.getTime() + 7 * 864e5 + 12 * 3600e3)).date;
  return helsinkiInstant(weekLater, '13:00:00');
}

/** One hour after the date: when the meeting timer has surely fired. */
export const hourAfter = (d: Date) => new Date(d.getTime() + 3600e3);
