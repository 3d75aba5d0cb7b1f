/**
 * Local time in Finland. The pilots' rules are wall-clock rules in Finland (a meeting at 13:00, a
 * follow-up on a date), whatever zone the server runs in, so they are read in Europe/Helsinki.
 */
export const HELSINKI = 'Europe/Helsinki';

const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The instant as Finnish local date (YYYY-MM-DD) and time (HH:MM:SS). */
export function helsinkiLocal(at: Date): { date: string; time: string } {
  const part = Object.fromEntries(FORMAT.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}:${part.second}` };
}

/** The ISO 8601 week number and weekday (1 = Monday … 7 = Sunday) of a calendar date YYYY-MM-DD. */
export function isoWeekOf(date: string): { week: number; weekday: number } {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  // The ISO week is the week of its Thursday, counted from that Thursday's year.
  const thursday = new Date(d.getTime() + (4 - weekday) * 864e5);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { week: Math.floor((thursday.getTime() - yearStart) / 864e5 / 7) + 1, weekday };
}

/** The instant of a Finnish local date (YYYY-MM-DD) and time (HH:MM:SS); the offset is +2 or +3 h. */
export function helsinkiInstant(date: string, time: string): Date {
  for (const offset of [2, 3]) {
    const at = new Date(`${date}T${time}+0${offset}:00`);
    const back = helsinkiLocal(at);
    if (back.date === date && back.time === time) return at;
  }
  return new Date(`${date}T${time}+02:00`);
}
