/**
 * The change in the clients' self-rated work ability (0–10) for managers (issue 23, DOMAIN §8:
 * figures, not identities): per municipality and per process (the regional path's region, or the
 * process), the median and quartiles of the start score, of the latest follow-up score and of the
 * change between them, with the count. A group of fewer than MIN_GROUP paths shows its count only,
 * so that no figure is one person's (a documented default).
 */
import { AppError } from '../errors.js';
import type { WorkAbilityScoreRow } from '../store/Store.js';
import { hasAnyRole, type Caller, type UseCaseDeps } from './context.js';

/** The fewest paths whose scores are shown as figures. */
export const MIN_GROUP = 3;

/** Median and quartiles of a set of scores (one decimal). */
export interface Spread {
  q1: number;
  median: number;
  q3: number;
}

export interface WorkAbilityFigures {
  /** Paths with a start score. */
  started: number;
  /** Of them, paths with a follow-up score: the change is counted over these. */
  followedUp: number;
  /** Null when fewer than MIN_GROUP paths were followed up. */
  start: Spread | null;
  latest: Spread | null;
  change: Spread | null;
}

export interface WorkAbilityReport {
  minGroup: number;
  total: WorkAbilityFigures;
  byMunicipality: (WorkAbilityFigures & { municipality: string | null })[];
  byProcess: (WorkAbilityFigures & { processKey: string; region: string | null })[];
}

/** The p-quantile by linear interpolation between the sorted values (the common "type 7"), one decimal. */
export function quantile(sorted: number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const value = sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
  return Math.round(value * 10) / 10;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75) };
}

function figuresOf(rows: WorkAbilityScoreRow[]): WorkAbilityFigures {
  const followed = rows.filter((r) => r.latest !== null) as (WorkAbilityScoreRow & { latest: number })[];
  const shown = followed.length >= MIN_GROUP;
  return {
    started: rows.length,
    followedUp: followed.length,
    start: shown ? spread(followed.map((r) => r.start)) : null,
    latest: shown ? spread(followed.map((r) => r.latest)) : null,
    change: shown ? spread(followed.map((r) => r.latest - r.start)) : null,
  };
}

function groups<T>(rows: WorkAbilityScoreRow[], keyOf: (r: WorkAbilityScoreRow) => T): [T, WorkAbilityScoreRow[]][] {
  const map = new Map<string, [T, WorkAbilityScoreRow[]]>();
  for (const r of rows) {
    const key = keyOf(r);
    const id = JSON.stringify(key);
    map.set(id, [key, [...(map.get(id)?.[1] ?? []), r]]);
  }
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
}

/** The work-ability change for managers and process owners; forbidden for anyone else. */
export async function workAbilityReport(deps: UseCaseDeps, caller: Caller): Promise<WorkAbilityReport> {
  if (!hasAnyRole(caller, ['manager', 'process-owner'])) throw new AppError('forbidden', 'reports are for managers and process owners');
  const rows = await deps.store.workAbilityScores();
  return {
    minGroup: MIN_GROUP,
    total: figuresOf(rows),
    byMunicipality: groups(rows, (r) => r.municipality).map(([municipality, rs]) => ({ municipality, ...figuresOf(rs) })),
    byProcess: groups(rows, (r) => ({ processKey: r.processKey, region: r.region })).map(([key, rs]) => ({ ...key, ...figuresOf(rs) })),
  };
}
