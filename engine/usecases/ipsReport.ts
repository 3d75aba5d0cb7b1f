/**
 * The supported-employment figures as the Rovaniemi pilot reported them (DOMAIN §7–8): persons in
 * coaching, persons employed and jobs counted apart, the employment ratio (employed persons ÷
 * persons), per referral source and per municipality. Computed in the store; figures only, no
 * pseudonyms or names.
 */
import { AppError } from '../errors.js';
import type { IpsFigureRow, IpsJobRow } from '../store/Store.js';
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

/** Jobs without and with pay subsidy in one sector. */
export interface SubsidySplit {
  noSubsidy: number;
  paySubsidy: number;
}

/** The pilot's jobs table (Table 2, 003 L543–553): sector × pay subsidy, apprenticeships apart; `other` had no sector. */
export interface IpsJobsTable {
  company: SubsidySplit;
  city: SubsidySplit;
  thirdSector: SubsidySplit;
  apprenticeship: number;
  other: number;
  jobs: number;
}

export interface IpsReport {
  total: IpsTotals;
  /** The jobs table per municipality and for all. */
  jobsBySector: { total: IpsJobsTable; byMunicipality: (IpsJobsTable & { municipality: string | null })[] };
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

const SECTOR_KEYS: Record<string, 'company' | 'city' | 'thirdSector'> = { company: 'company', city: 'city', 'third-sector': 'thirdSector' };

/** Sums job rows into the pilot's table: an apprenticeship counts as such whatever its sector. */
export function jobsTableOf(rows: IpsJobRow[]): IpsJobsTable {
  const split = (): SubsidySplit => ({ noSubsidy: 0, paySubsidy: 0 });
  const table: IpsJobsTable = { company: split(), city: split(), thirdSector: split(), apprenticeship: 0, other: 0, jobs: 0 };
  for (const r of rows) {
    table.jobs += r.jobs;
    const sector = r.sector ? SECTOR_KEYS[r.sector] : undefined;
    if (r.apprenticeship) table.apprenticeship += r.jobs;
    else if (!sector) table.other += r.jobs;
    else table[sector][r.paySubsidy ? 'paySubsidy' : 'noSubsidy'] += r.jobs;
  }
  return table;
}

/** The IPS figures for managers and process owners; forbidden for anyone else. */
export async function ipsReport(deps: UseCaseDeps, caller: Caller): Promise<IpsReport> {
  if (!hasAnyRole(caller, ['manager', 'process-owner'])) throw new AppError('forbidden', 'reports are for managers and process owners');
  const rows = await deps.store.ipsFigures();
  const jobRows = await deps.store.ipsJobFigures();
  const municipalities = [...new Set(jobRows.map((r) => r.municipality))];
  return {
    total: totalsOf(rows),
    jobsBySector: {
      total: jobsTableOf(jobRows),
      byMunicipality: municipalities.map((m) => ({ municipality: m, ...jobsTableOf(jobRows.filter((r) => r.municipality === m)) })),
    },
    bySource: groupBy(rows, 'referralSource'),
    byMunicipality: groupBy(rows, 'municipality'),
    rows: rows.map((r) => ({ municipality: r.municipality, referralSource: r.referralSource, ...totalsOf([r]) })),
  };
}
