/**
 * Figures for managers and process owners (DOMAIN.md §8): stalled paths, where paths wait per
 * step, referrals per month. Aggregates and pseudonyms only: no names, no identity codes.
 */
import { AppError } from '../errors.js';
import type { HistoryRecord } from '../store/Store.js';
import { hasAnyRole, now, type Caller, type UseCaseDeps } from './context.js';

const REPORT_ROLES = ['manager', 'process-owner'];
const SCAN = 100_000;

function requireReportRole(caller: Caller): void {
  if (!hasAnyRole(caller, REPORT_ROLES)) throw new AppError('forbidden', 'reports are for managers and process owners');
}

export interface StalledItem {
  processInstanceId: string;
  clientRef: string | null;
  processKey: string;
  activityId: string;
  activityName: string | null;
  role: string[];
  since: string;
  expectedBy: string;
  overdueSeconds: number;
}

/** Activities waiting past their expected time, most overdue first. */
export async function stalledPaths(deps: UseCaseDeps, caller: Caller, processKey?: string): Promise<{ items: StalledItem[]; nextCursor: null }> {
  requireReportRole(caller);
  const at = now(deps).getTime();
  const overdue = (await deps.store.listActive(processKey)).filter((h) => h.expectedBy && Date.parse(h.expectedBy) < at);
  const items: StalledItem[] = [];
  for (const h of overdue) {
    const instance = await deps.store.getInstance(h.instanceId);
    if (!instance) continue;
    const tasks = await deps.store.listTasks({ instanceId: h.instanceId, state: 'open', limit: 1_000 });
    items.push({
      processInstanceId: h.instanceId,
      clientRef: instance.clientRef,
      processKey: instance.processKey,
      activityId: h.activityId,
      activityName: h.name,
      role: tasks.find((t) => t.executionId === h.executionId)?.roles ?? [],
      since: h.startedAt,
      expectedBy: h.expectedBy as string,
      overdueSeconds: Math.round((at - Date.parse(h.expectedBy as string)) / 1000),
    });
  }
  items.sort((a, b) => b.overdueSeconds - a.overdueSeconds);
  return { items, nextCursor: null };
}

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Per activity of a process version: how many wait there now, how many passed, and the median and p90 time spent. */
export async function heatmap(
  deps: UseCaseDeps,
  caller: Caller,
  processKey: string,
  version?: number,
): Promise<{ activities: Record<string, { active: number; completed: number; medianWaitSeconds: number | null; p90WaitSeconds: number | null }> }> {
  requireReportRole(caller);
  const def = await deps.store.findDeployment(processKey, version);
  if (!def) throw new AppError('not_found', 'process definition not found');
  const instances = (await deps.store.listInstances({ processKey, limit: SCAN })).filter((i) => i.version === def.version);
  const rows: HistoryRecord[] = (await Promise.all(instances.map((i) => deps.store.listHistory(i.id)))).flat();
  const running = new Set(instances.filter((i) => i.state === 'running').map((i) => i.id));
  const byActivity = new Map<string, { active: number; waits: number[] }>();
  for (const h of rows) {
    const entry = byActivity.get(h.activityId) ?? { active: 0, waits: [] };
    if (!h.endedAt && running.has(h.instanceId)) entry.active++;
    if (h.endedAt) entry.waits.push((Date.parse(h.endedAt) - Date.parse(h.startedAt)) / 1000);
    byActivity.set(h.activityId, entry);
  }
  const activities: Record<string, { active: number; completed: number; medianWaitSeconds: number | null; p90WaitSeconds: number | null }> = {};
  for (const [id, { active, waits }] of byActivity) {
    waits.sort((a, b) => a - b);
    activities[id] = { active, completed: waits.length, medianWaitSeconds: percentile(waits, 50), p90WaitSeconds: percentile(waits, 90) };
  }
  return { activities };
}

/** Started paths per process and month (UTC) between from and to (ISO dates, inclusive). */
export async function referrals(
  deps: UseCaseDeps,
  caller: Caller,
  range: { from?: string; to?: string },
): Promise<{ items: { processKey: string; month: string; count: number }[]; nextCursor: null }> {
  requireReportRole(caller);
  const from = range.from ?? '0000';
  const to = range.to ? `${range.to}\uffff` : '\uffff';
  const counts = new Map<string, number>();
  for (const i of await deps.store.listInstances({ limit: SCAN })) {
    if (i.parentInstanceId || i.startedAt < from || i.startedAt > to) continue;
    const key = `${i.processKey}\u0000${i.startedAt.slice(0, 7)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const items = [...counts].map(([key, count]) => {
    const [processKey, month] = key.split('\u0000') as [string, string];
    return { processKey, month, count };
  });
  items.sort((a, b) => a.month.localeCompare(b.month) || a.processKey.localeCompare(b.processKey));
  return { items, nextCursor: null };
}
