/** Team meeting dates for the scenarios: Wednesdays of odd ISO weeks, 13:00 Finnish winter time. */

/** The ISO 8601 week number of a UTC date. */
export function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return Math.ceil(((d.getTime() - yearStart.getTime()) / 864e5 + 1) / 7);
}

/** The first Wednesday at 11:00Z at least `minDays` ahead whose ISO week is odd (or even with `odd: false`). */
export function wednesdayAhead(minDays: number, odd = true): Date {
  const now = new Date();
  let d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + minDays, 11));
  if (d.getTime() - now.getTime() < minDays * 864e5) d = new Date(d.getTime() + 864e5);
  while (d.getUTCDay() !== 3 || (isoWeek(d) % 2 === 1) !== odd) d = new Date(d.getTime() + 864e5);
  return d;
}

/** One hour after the date: when the meeting timer has surely fired. */
export const hourAfter = (d: Date) => new Date(d.getTime() + 3600e3);
