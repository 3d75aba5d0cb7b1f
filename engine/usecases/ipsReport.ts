/**
 * The supported-employment figures as the Rovaniemi pilot reported them (DOMAIN §7–8): persons in
 * coaching, persons employed and jobs counted apart, the employment ratio (employed persons ÷
 * persons), per referral source and per municipality. Computed in the store; figures only, no
 * pseudonyms or names.
 */
import { AppError } from '../errors.js';
import type { IpsFigureRow } from '../store/Store.js';
import { hasAnyRole, type Caller, type UseCaseDeps } from './context.js';

/** Persons, employed persons, jobs and the ratios of one group. */
export interface IpsTotals {
  clients: number;
  employedPersons: number;
  jobs: number;
  /** Employed persons ÷ persons, two decimals (työllisyyskerroin). */
  employmentRatio: number | null;
  /** Jobs ÷ employed persons, two decimals. */
  jobsPerEmployedPerson: number | null;
}

export interface IpsReport {
  total: IpsTotals;
  bySource: (IpsTotals & { referralSource: string | null })[];
  byMunicipality: (IpsTotals & { municipality: string | null })[];
  /** Every municipality and source pair, for a split of the split. */
  rows: (IpsTotals & { municipality: string | null; referralSource: string | null })[];
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : null);

function totalsOf(rows: IpsFigureRow[]): IpsTotals {
  const clients = rows.reduce((n, r) => n + r.clients, 0);
  const employedPersons = rows.reduce((n, r) => n + r.employedPersons, 0);
  const jobs = rows.reduce((n, r) => n + r.jobs, 0);
  return {
    clients,
    employedPersons,
    jobs,
    employmentRatio: ratio(employedPersons, clients),
    jobsPerEmployedPerson: ratio(jobs, employedPersons),
  };
}

function groupBy<K extends 'referralSource' | 'municipality'>(rows: IpsFigureRow[], key: K): (IpsTotals & Record<K, string | null>)[] {
  const groups = new Map<string | null, IpsFigureRow[]>();
  for (const r of rows) groups.set(r[key], [...(groups.get(r[key]) ?? []), r]);
  return [...groups.entries()].map(([value, rs]) => ({ [key]: value, ...totalsOf(rs) }) as IpsTotals & Record<K, string | null>);
}

/** The IPS figures for managers and process owners; forbidden for anyone else. */
export async function ipsReport(deps: UseCaseDeps, caller: Caller): Promise<IpsReport> {
  if (!hasAnyRole(caller, ['manager', 'process-owner'])) throw new AppError('forbidden', 'reports are for managers and process owners');
  const rows = await deps.store.ipsFigures();
  return {
    total: totalsOf(rows),
    bySource: groupBy(rows, 'referralSource'),
    byMunicipality: groupBy(rows, 'municipality'),
    rows: rows.map((r) => ({ municipality: r.municipality, referralSource: r.referralSource, ...totalsOf([r]) })),
  };
}
