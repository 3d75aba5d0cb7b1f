/**
 * The late-task digest: per role, the open tasks whose expected time passed since a moment
 * (yesterday by default), for a page and for a mail job. Managers and process owners see every
 * role; a worker sees the roles they hold. Pseudonyms only.
 */
import { invalidInput } from '../errors.js';
import { hasAnyRole, now, type Caller, type UseCaseDeps } from './context.js';
import { decodeCursor, encodeCursor } from './reportCursor.js';
import { REPORT_ROLES } from './reports.js';

const DAY_MS = 86_400_000;

export interface LateDigestItem {
  role: string;
  taskId: string;
  name: string | null;
  activityId: string;
  processKey: string;
  processInstanceId: string;
  clientRef: string | null;
  assigned: boolean;
  expectedBy: string;
  lateSeconds: number;
}

export interface LateDigest {
  since: string;
  until: string;
  items: LateDigestItem[];
  nextCursor: string | null;
}

/** Tasks that became late in [since, now), ordered by role, then expectedBy. */
export async function lateDigest(
  deps: UseCaseDeps,
  caller: Caller,
  q: { since?: string; role?: string; limit?: number; cursor?: string } = {},
): Promise<LateDigest> {
  const at = now(deps);
  const since = q.since ? new Date(q.since) : new Date(at.getTime() - DAY_MS);
  if (Number.isNaN(since.getTime())) throw invalidInput('since is not a date', [{ path: '/since', message: 'not a date' }]);
  const all = hasAnyRole(caller, REPORT_ROLES);
  let roles = all ? undefined : caller.roles;
  if (q.role) roles = !roles || roles.includes(q.role) ? [q.role] : [];
  const limit = Math.min(q.limit ?? 200, 1000);
  const after = decodeCursor(q.cursor, 3);
  const rows =
    roles && !roles.length
      ? []
      : await deps.store.listLateTasks({
          since: since.toISOString(),
          now: at.toISOString(),
          roles,
          limit,
          after: after ? { role: after[0]!, expectedBy: after[1]!, taskId: after[2]! } : null,
        });
  const last = rows[rows.length - 1];
  return {
    since: since.toISOString(),
    until: at.toISOString(),
    items: rows.map((r) => ({
      role: r.role,
      taskId: r.taskId,
      name: r.name,
      activityId: r.activityId,
      processKey: r.processKey,
      processInstanceId: r.instanceId,
      clientRef: r.clientRef,
      assigned: r.assignee !== null,
      expectedBy: r.expectedBy,
      lateSeconds: Math.round((at.getTime() - Date.parse(r.expectedBy)) / 1000),
    })),
    nextCursor: rows.length === limit && last ? encodeCursor([last.role, last.expectedBy, last.taskId]) : null,
  };
}
