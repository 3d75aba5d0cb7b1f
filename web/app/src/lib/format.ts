/** Dates and times in the user's language through Intl (Finnish: 23.11.2026 klo 14.05). */
import i18n from './i18n';

function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'fi-FI';
}

/** A date, e.g. 23.11.2026. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(
    new Date(iso),
  );
}

/** A date and time, e.g. 23.11.2026 klo 14.05. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
}

/** A time of day, e.g. 14.05. */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
}

/** True when `expectedBy` has passed. */
export function isLate(expectedBy: string | null | undefined, now = Date.now()): boolean {
  return !!expectedBy && Date.parse(expectedBy) < now;
}

/** A weekday, date and time in Finnish time, e.g. ke 13.1.2027 klo 13.00. */
export function formatWeekdayDateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));
}
