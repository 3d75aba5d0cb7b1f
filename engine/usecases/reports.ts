/**
 * Figures for managers and process owners (DOMAIN.md §7–8): stalled paths, where paths wait per
 * step, referrals per month, supported-employment outcomes. The store aggregates; this module only
 * shapes answers. Pseudonyms only: no names, identity codes, business keys or variables.
 */
import { AppError } from '../errors.js';
import { decidePathWith, participation } from '../policy/index.js';
import type { OutcomeCounts } from '../store/Store.js';
import type { StalledReason, TeamMeetingFigures } from '../store/ReportStore.js';
import { hasAnyRole, now, type Caller, type UseCaseDeps } from './context.js';
import { decodeCursor, encodeCursor } from './reportCursor.js';

export const REPORT_ROLES = ['manager', 'process-owner'];
const PAGE = 50;

export function requireReportRole(caller: Caller): void {
  if (!hasAnyRole(caller, REPORT_ROLES)) throw new AppError('forbidden', 'reports are for managers and process owners');
}

export interface StalledItem {
  processInstanceId: string;
  clientRef: string | null;
  processKey: string;
  version: number;
  activityId: string;
  activityName: string | null;
  role: string[];
  organisation: string | null;
  since: string;
  expectedBy: string;
  overdueSeconds: number;
  /** Past its own expected time (`late`) or a team-rhythm rule: `meeting-rhythm`, `invitation-unconfirmed`, `follow-up-missed`. */
  reason: StalledReason;
  /** True when the caller may open the path view beyond its pseudonym (a worker on it); never for oversight alone. */
  canOpen: boolean;
}

export interface StalledFilters {
  processKey?: string;
  activityId?: string;
  role?: string;
  organisation?: string;
  reason?: StalledReason;
  limit?: number;
  cursor?: string;
}

/** Steps waiting past their expected time, most overdue first, a keyset page at a time. */
export async function stalledPaths(
  deps: UseCaseDeps,
  caller: Caller,
  f: StalledFilters = {},
): Promise<{ items: StalledItem[]; nextCursor: string | null }> {
  requireReportRole(caller);
  const at = now(deps);
  const limit = Math.min(f.limit ?? PAGE, 500);
  const after = decodeCursor(f.cursor, 3);
  const rows = await deps.store.listStalled({
    now: at.toISOString(),
    processKey: f.processKey,
    activityId: f.activityId,
    role: f.role,
    organisation: f.organisation,
    reason: f.reason,
    limit,
    after: after ? { expectedBy: after[0]!, instanceId: after[1]!, executionId: after[2]! } : null,
  });
  // One decision for the whole page from the caller's tasks (two queries), not one per row.
  const facts = await participation(deps, caller);
  const items: StalledItem[] = [];
  for (const r of rows) {
    const decision = await decidePathWith(caller, { id: r.instanceId, clientRef: r.clientRef, state: 'running', variables: {} }, () =>
      facts(r.instanceId),
    );
    items.push({
      processInstanceId: r.instanceId,
      clientRef: r.clientRef,
      processKey: r.processKey,
      version: r.version,
      activityId: r.activityId,
      activityName: r.activityName,
      role: r.roles,
      organisation: r.organisation,
      since: r.since,
      expectedBy: r.expectedBy,
      overdueSeconds: Math.round((at.getTime() - Date.parse(r.expectedBy)) / 1000),
      reason: r.reason,
      canOpen: decision !== null && decision.sight !== 'pseudonym',
    });
  }
  const last = rows[rows.length - 1];
  return { items, nextCursor: rows.length === limit && last ? encodeCursor([last.expectedBy, last.instanceId, last.executionId]) : null };
}

export interface HeatmapActivity {
  active: number;
  completed: number;
  medianWaitSeconds: number | null;
  p90WaitSeconds: number | null;
}

/** Per activity of a process version (latest when omitted): how many wait there now, how many passed, and the median and p90 time spent. */
export async function heatmap(
  deps: UseCaseDeps,
  caller: Caller,
  processKey: string,
  version?: number,
): Promise<{ processKey: string; version: number; activities: Record<string, HeatmapActivity> }> {
  requireReportRole(caller);
  const def = await deps.store.findDeployment(processKey, version);
  if (!def) throw new AppError('not_found', 'process definition not found');
  const activities: Record<string, HeatmapActivity> = {};
  for (const { activityId, ...stat } of await deps.store.activityStats(def.processKey, def.version)) activities[activityId] = stat;
  return { processKey: def.processKey, version: def.version, activities };
}

export interface ReferralItem {
  processKey: string;
  source: string | null;
  organisation: string | null;
  month: string;
  count: number;
}

/**
 * Started paths per process, source (the path it came from), organisation and month (UTC) between from
 * and to (ISO dates, inclusive by month); and per source the paths that reached the team meeting, with
 * the median and p90 time from the path's start to its first meeting.
 */
export async function referrals(
  deps: UseCaseDeps,
  caller: Caller,
  range: { from?: string; to?: string },
): Promise<{ items: ReferralItem[]; team: TeamMeetingFigures[]; nextCursor: null }> {
  requireReportRole(caller);
  const months = { from: range.from?.slice(0, 7), to: range.to?.slice(0, 7) };
  const [items, team] = await Promise.all([deps.store.countReferrals(months), deps.store.teamMeetingFigures(months)]);
  return { items, team, nextCursor: null };
}

/** Supported-employment outcomes per person and per job, and the employment ratio (employed persons ÷ persons). */
export async function outcomes(
  deps: UseCaseDeps,
  caller: Caller,
  processKey = 'supported-employment',
): Promise<OutcomeCounts & { processKey: string; employmentRatio: number | null }> {
  requireReportRole(caller);
  const counts = await deps.store.countOutcomes(processKey);
  const employmentRatio = counts.persons ? Math.round((counts.employedPersons / counts.persons) * 100) / 100 : null;
  return { processKey, ...counts, employmentRatio };
}
