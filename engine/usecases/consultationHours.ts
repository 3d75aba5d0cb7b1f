/**
 * The coming consultation hours (DOMAIN §5) for the booking form: each Thursday whose booking is
 * still open (until 12:00 Finnish time the day before), with its deadline. Dates only, no client
 * data: any signed-in user may read them.
 */
import { invalidInput } from '../errors.js';
import { comingConsultationHours } from '../meetings/consultationHour.js';
import { now, type UseCaseDeps } from './context.js';

/** How many coming hours by default, and at most. */
const DEFAULT_WEEKS = 8;
const MAX_WEEKS = 26;

/** One bookable consultation hour. */
export interface ConsultationHourView {
  /** The Thursday, YYYY-MM-DD: the value for the form's `sessionDate`. */
  date: string;
  /** The last moment to book it: 12:00 Finnish time the day before. */
  bookBy: string;
}

/** The next `weeks` consultation hours still open for booking; invalid_input naming `weeks` otherwise. */
export function listConsultationHours(deps: UseCaseDeps, query: { weeks?: number }): { items: ConsultationHourView[] } {
  const weeks = query.weeks ?? DEFAULT_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw invalidInput('weeks is not valid', [{ path: '/weeks', message: `a whole number from 1 to ${MAX_WEEKS}` }]);
  }
  return { items: comingConsultationHours(now(deps), weeks) };
}
