/**
 * The inbox in PostgreSQL: a worker's tasks filtered on `task_roles` (one row per candidate role,
 * kept by steps.ts) and ordered by deadline, and the counts per filter, capped as in SQLite.
 */
import type { InboxCountQuery, InboxCounts, InboxQuery, InboxTask } from '../Store.js';
import { COUNT_CAP, inboxListSql } from '../sqlite/inbox.js';
import { toTask } from '../sqlite/rows.js';
import { all, one, type Queryable } from './pool.js';

type Params = Record<string, unknown>;

/** Tasks of the query in inbox order (expectedBy ascending, none last; createdAt; id), each with its path's clientRef. */
export async function listInbox(db: Queryable, q: InboxQuery): Promise<InboxTask[]> {
  const { sql, params } = inboxListSql(q, ['role = ANY(@roles)', 'state = @state'], { roles: q.roles, state: q.state });
  const found = await all(db, sql, params);
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
