/**
 * The inbox in PostgreSQL: a worker's tasks filtered on `task_roles` (one row per candidate role,
 * kept by steps.ts) and ordered by deadline, and the counts per filter, capped as in SQLite.
 */
import type { InboxCountQuery, InboxCounts, InboxQuery, InboxTask } from '../Store.js';
import { COUNT_CAP } from '../sqlite/inbox.js';
import { toTask } from '../sqlite/rows.js';
import { all, one, type Queryable } from './pool.js';

type Params = Record<string, unknown>;

/** Tasks of the query in inbox order (expectedBy ascending, none last; createdAt; id), each with its path's clientRef. */
export async function listInbox(db: Queryable, q: InboxQuery): Promise<InboxTask[]> {
  const roleWhere = ['role = ANY(@roles)', 'state = @state'];
  const params: Params = { limit: q.limit, roles: q.roles, state: q.state };
  if (q.assignee === null) roleWhere.push('assignee IS NULL');
  else if (q.assignee !== undefined) {
    roleWhere.push(q.orUnassigned ? '(assignee = @assignee OR assignee IS NULL)' : 'assignee = @assignee');
    params.assignee = q.assignee;
  }
  if (q.lateAt) {
    roleWhere.push('expected_by < @lateAt');
    params.lateAt = q.lateAt;
  }
  const where = [`EXISTS (SELECT 1 FROM task_roles WHERE task_id = t.id AND ${roleWhere.join(' AND ')})`];
  if (q.processKey) {
    where.push('t.process_key = @processKey');
    params.processKey = q.processKey;
  }
  if (q.instanceId) {
    where.push('t.instance_id = @instanceId');
    params.instanceId = q.instanceId;
  }
  if (q.clientRef) {
    where.push('i.client_ref = @clientRef');
    params.clientRef = q.clientRef;
  }
  if (q.after) {
    const sameDeadline = '(t.created_at > @afterCreated OR (t.created_at = @afterCreated AND t.id > @afterId))';
    where.push(
      q.after.expectedBy === null
        ? `(t.expected_by IS NULL AND ${sameDeadline})`
        : `(t.expected_by IS NULL OR t.expected_by > @afterDue OR (t.expected_by = @afterDue AND ${sameDeadline}))`,
    );
    params.afterCreated = q.after.createdAt;
    params.afterId = q.after.id;
    if (q.after.expectedBy !== null) params.afterDue = q.after.expectedBy;
  }
  const found = await all(
    db,
    `SELECT t.*, i.client_ref AS path_client_ref FROM tasks t JOIN instances i ON i.id = t.instance_id
     WHERE ${where.join(' AND ')}
     ORDER BY t.expected_by IS NULL, t.expected_by, t.created_at, t.id LIMIT @limit`,
    params,
  );
  return found.map((row) => ({ ...toTask(row), clientRef: (row.path_client_ref as string | null) ?? null }));
}

/**
 * Open tasks per inbox filter. A task counts under the first of the caller's roles it has, so a task
 * with two of the roles counts once; each role reads at most COUNT_CAP + 1 index rows and a sum
 * above that is COUNT_CAP + 1 (the app shows "1000+").
 */
export async function countInbox(db: Queryable, q: InboxCountQuery): Promise<InboxCounts> {
  const shared: string[] = [];
  const params: Params = { userId: q.userId, now: q.now, cap: COUNT_CAP + 1 };
  if (q.clientRef) {
    shared.push('r.task_id IN (SELECT id FROM tasks WHERE instance_id IN (SELECT id FROM instances WHERE client_ref = @clientRef))');
    params.clientRef = q.clientRef;
  }
  if (q.processKey) {
    shared.push('r.process_key = @processKey');
    params.processKey = q.processKey;
  }
  const roles = [...new Set(q.roles)];
  roles.forEach((role, i) => (params[`role${i}`] = role));
  const count = (cond: string) => {
    if (!roles.length) return '0';
    const perRole = roles.map((_, i) => {
      const where = [`r.role = @role${i}`, `r.state = 'open'`, ...shared, cond];
      for (let j = 0; j < i; j++) where.push(`NOT EXISTS (SELECT 1 FROM task_roles x WHERE x.role = @role${j} AND x.task_id = r.task_id)`);
      return `(SELECT COUNT(*) FROM (SELECT 1 FROM task_roles r WHERE ${where.join(' AND ')} LIMIT @cap) c)`;
    });
    return `LEAST(@cap::bigint, ${perRole.join(' + ')})::int`;
  };
  const row = (await one(
    db,
    `SELECT ${count('r.assignee = @userId')} AS mine, ${count('r.assignee IS NULL')} AS unassigned,
       ${count('TRUE')} AS everyone, ${count('r.expected_by < @now')} AS late`,
    params,
  ))!;
  return { mine: Number(row.mine), unassigned: Number(row.unassigned), all: Number(row.everyone), late: Number(row.late) };
}
