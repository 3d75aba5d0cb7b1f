/**
 * The job coaches' employer contacts log (DOMAIN §7, the IPS criterion: at least six employers a
 * week per coach). A coach records how many employers they contacted on a day, with no client
 * identity; the report gives each coach's employers per ISO week and whether the week met the
 * criterion, weeks without a record counted as none.
 */
import { randomUUID } from 'node:crypto';
import { invalidInput } from '../errors.js';
import { caseloadsOf } from '../extensions/index.js';
import { requireCaseloadRole, requireJobCoach } from '../policy/index.js';
import { now, type Caller, type UseCaseDeps } from './context.js';
import { IPS } from './ipsRules.js';

/** The IPS criterion: employers contacted per coach per week. */
export const EMPLOYERS_PER_WEEK = 6;
/** The longest report, in weeks. */
const MAX_WEEKS = 53;
const DAY = 864e5;

/** The ISO 8601 week (YYYY-Www) of a UTC date. */
export function isoWeekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of the week decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of the date's ISO week. */
function mondayOf(date: Date): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() || 7) - 1));
  return d;
}

const dayOf = (text: string, field: string): Date => {
  const at = new Date(`${text}T00:00:00.000Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== text) {
    throw invalidInput('not a date', [{ path: `/${field}`, message: 'Anna päivämäärä muodossa VVVV-KK-PP.' }]);
  }
  return at;
};

export interface EmployerContactInput {
  contactedOn: string;
  employers: number;
}

/** Records a day's employer contacts of the calling coach; the day may not be in the future. */
export async function recordEmployerContacts(
  deps: UseCaseDeps,
  caller: Caller,
  input: EmployerContactInput,
): Promise<{ id: string; coach: string; contactedOn: string; isoWeek: string; employers: number }> {
  requireJobCoach(caller);
  const day = dayOf(input.contactedOn, 'contactedOn');
  const at = now(deps);
  if (day.getTime() > at.getTime()) {
    throw invalidInput('the day is in the future', [{ path: '/contactedOn', message: 'Päivä ei voi olla tulevaisuudessa.' }]);
  }
  const record = {
    id: randomUUID(),
    coach: caller.username,
    contactedOn: input.contactedOn,
    isoWeek: isoWeekOf(day),
    employers: input.employers,
    recordedAt: at.toISOString(),
  };
  await deps.store.recordEmployerContacts(record);
  return { id: record.id, coach: record.coach, contactedOn: record.contactedOn, isoWeek: record.isoWeek, employers: record.employers };
}

export interface EmployerContactWeekRow {
  coach: string;
  displayName: string | null;
  isoWeek: string;
  employers: number;
  /** At least six employers that week. */
  meetsCriterion: boolean;
}

/** Every active coach's (and every coach with a record's) employers per ISO week from `from` to `to` (dates; default the last eight weeks). */
export async function employerContactReport(
  deps: UseCaseDeps,
  caller: Caller,
  range: { from?: string; to?: string },
): Promise<{ criterion: number; weeks: string[]; rows: EmployerContactWeekRow[] }> {
  requireCaseloadRole(caller);
  const to = mondayOf(range.to ? dayOf(range.to, 'to') : now(deps));
  const from = mondayOf(range.from ? dayOf(range.from, 'from') : new Date(to.getTime() - 7 * 7 * DAY));
  const count = Math.round((to.getTime() - from.getTime()) / (7 * DAY)) + 1;
  if (count < 1 || count > MAX_WEEKS) {
    throw invalidInput('the range is not 1 to 53 weeks', [{ path: '/from', message: 'Valitse 1–53 viikon jakso.' }]);
  }
  const weeks = Array.from({ length: count }, (_, k) => isoWeekOf(new Date(from.getTime() + k * 7 * DAY)));
  const sums = await deps.store.employerContactWeeks(weeks[0]!, weeks.at(-1)!);
  const coaches = new Map(
    (await caseloadsOf(deps.store, IPS.processKey, IPS.coachRole)).map((c) => [c.username, c.displayName as string | null]),
  );
  for (const s of sums) if (!coaches.has(s.coach)) coaches.set(s.coach, null);
  const byKey = new Map(sums.map((s) => [`${s.coach}\u0000${s.isoWeek}`, s.employers]));
  const rows = [...coaches.keys()].sort().flatMap((coach) =>
    weeks.map((isoWeek) => {
      const employers = byKey.get(`${coach}\u0000${isoWeek}`) ?? 0;
      return { coach, displayName: coaches.get(coach) ?? null, isoWeek, employers, meetsCriterion: employers >= EMPLOYERS_PER_WEEK };
    }),
  );
  return { criterion: EMPLOYERS_PER_WEEK, weeks, rows };
}
