/**
 * The team's meeting rhythm (DOMAIN §4): meetings on Wednesdays of odd ISO weeks, 13–15 Finnish
 * time. A path that comes to the team should meet it on the first such Wednesday at least seven
 * days later (the invitations are confirmed a week ahead), so it is due by 15:00 that day.
 */

const DAY_MS = 86_400_000;
const HELSINKI = 'Europe/Helsinki';
/** The hour (Finnish time) the meeting window closes. */
export const MEETING_WINDOW_ENDS = 15;

/** The ISO 8601 week number of the calendar date held in a Date's UTC fields. */
export function isoWeekOf(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZoneName: 'longOffset',
});

/** The Finnish calendar date of an instant (in the UTC fields of the result) and the offset there, in minutes. */
function helsinki(at: Date): { date: Date; offsetMinutes: number } {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(p.timeZoneName ?? '');
  const offsetMinutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return { date: new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day))), offsetMinutes };
}

/** The instant of a Finnish wall-clock hour on a calendar date (UTC fields); DST never changes on a Wednesday. */
function atHelsinkiHour(date: Date, hour: number): Date {
  const guess = new Date(date.getTime() + hour * 3_600_000);
  return new Date(guess.getTime() - helsinki(guess).offsetMinutes * 60_000);
}

/** 15:00 Finnish time on the first odd-ISO-week Wednesday whose date is at least seven days after the Finnish date of `arrival`. */
export function rhythmDeadline(arrival: Date): Date {
  let day = new Date(helsinki(arrival).date.getTime() + 7 * DAY_MS);
  while (day.getUTCDay() !== 3 || isoWeekOf(day) % 2 === 0) day = new Date(day.getTime() + DAY_MS);
  return atHelsinkiHour(day, MEETING_WINDOW_ENDS);
}
