/**
 * The consultation hour (DOMAIN §5): weekly on Thursdays, booked by 12:00 Finnish time on the
 * previous day. One rule: the completion of the booking task refuses a date that is not a
 * coming consultation hour (400 naming the field, in Finnish for the form), and the API offers
 * the coming hours with their booking deadlines, as the meetings page offers the team's slots.
 */
import { helsinkiInstant, helsinkiLocal, isoWeekOf } from '../runtime/helsinki.js';

/** The deadline to book an hour, Finnish local time on the previous day. */
export const BOOK_BY_TIME = '12:00:00';
/** How far ahead an hour may be booked. */
export const MAX_AHEAD_DAYS = 183;

/** The calendar date (YYYY-MM-DD) a form value names: the date itself, or the date part of a date-time; null when it names none. */
export function consultationDateOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === m[1] ? m[1]! : null;
}

/** The last moment to book the hour of `date`: 12:00 Finnish time on the day before. */
export function bookByOf(date: string): Date {
  const dayBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 864e5).toISOString().slice(0, 10);
  return helsinkiInstant(dayBefore, BOOK_BY_TIME);
}

/** Why the value is not a consultation hour that can still be booked at `now`, in Finnish; null when it is one. */
export function consultationHourProblem(value: unknown, now: Date): string | null {
  const date = consultationDateOf(value);
  if (!date) return 'Konsultaatiotunnin päivä ei ole päivämäärä.';
  if (isoWeekOf(date).weekday !== 4) return 'Konsultaatiotunti pidetään torstaisin.';
  if (now > bookByOf(date)) return 'Konsultaatiotunti on varattava edellisenä päivänä klo 12.00 mennessä (Suomen aikaa).';
  if (Date.parse(`${date}T00:00:00Z`) - now.getTime() > MAX_AHEAD_DAYS * 864e5) {
    return 'Konsultaatiotunnin voi varata enintään puoli vuotta etukäteen.';
  }
  return null;
}

/** The consultation hours from `now` on whose booking is still open, `weeks` of them, with their deadlines. */
export function comingConsultationHours(now: Date, weeks: number): { date: string; bookBy: string }[] {
  const hours: { date: string; bookBy: string }[] = [];
  for (let day = Date.parse(`${helsinkiLocal(now).date}T00:00:00Z`); hours.length < weeks; day += 864e5) {
    const date = new Date(day).toISOString().slice(0, 10);
    if (isoWeekOf(date).weekday !== 4 || bookByOf(date) < now) continue;
    hours.push({ date, bookBy: bookByOf(date).toISOString() });
  }
  return hours;
}
