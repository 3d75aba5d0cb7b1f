/**
 * The inbox of the SQLite store: a worker's tasks filtered and ordered in SQL, and their counts.
 * A task may have several roles, kept as JSON in `tasks.roles`; `task_roles` holds one row per role
 * with the columns the inbox filters on, so the index (role, state, assignee, expected_by) serves it.
 */
import type Database from 'better-sqlite3';
import type { InboxCountQuery, InboxCounts, InboxQuery, InboxTask, TaskRecord } from '../Store.js';
import { toTask } from './rows.js';

type Prepare = (sql: string) => Database.Statement;
type Params = Record<string, unknown>;

/** Rewrites a task's role rows after it was inserted or changed; runs in the caller's transaction. */
export function syncTaskRoles(prepare: Prepare, task: TaskRecord): void {
  prepare('DELETE FROM task_roles WHERE task_id = ?').run(task.id);
  for (const role of new Set(task.roles)) {
    prepare(
      'INSERT INTO task_roles (role, task_id, state, assignee, expected_by, created_at, process_key) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(role, task.id, task.state, task.assignee, task.expectedBy, task.createdAt, task.processKey);
  }
}

/** Follows a claim or release in the role rows. */
export function syncTaskAssignee(prepare: Prepare, taskId: string, assignee: string | null): void {
  prepare('UPDATE task_roles SET assignee = ? WHERE task_id = ?').run(assignee, taskId);
}

/** Fills task_roles from tasks once, for a database made before the table existed. */
export function backfillTaskRoles(db: Database.Database): void {
  if (db.prepare('SELECT 1 FROM task_roles LIMIT 1').get()) return;
  db.prepare(
    `INSERT OR IGNORE INTO task_roles (role, task_id, state, assignee, expected_by, created_at, process_key)
     SELECT DISTINCT r.value, t.id, t.state, t.assignee, t.expected_by, t.created_at, t.process_key FROM tasks t, json_each(t.roles) r`,
  ).run();
}

/** The role-row conditions shared by the list and the counts. */
function roleRows(where: string[], params: Params, roles: string[], state: string): void {
  where.push('role IN (SELECT value FROM json_each(@roles))', 'state = @state');
  params.roles = JSON.stringify(roles);
  params.state = state;
}

/** The SQL and parameters of an inbox list (exported so a test can ask SQLite for its plan). */
export function inboxSql(q: InboxQuery): { sql: string; params: Params } {
  const roleWhere: string[] = [];
  const params: Params = {};
  roleRows(roleWhere, params, q.roles, q.state);
  return inboxListSql(q, roleWhere, params);
}

/**
 * The SQL (`@name` placeholders) and parameters of an inbox list, given the dialect's own
 * conditions on the role rows (`roleWhere`, their values already in `params`): the rest of the
 * query is the same in SQLite and PostgreSQL.
 */
export function inboxListSql(q: InboxQuery, roleWhere: string[], params: Params): { sql: string; params: Params } {
  params.limit = q.limit;
  if (q.assignee === null) roleWhere.push('assignee IS NULL');
  else if (q.assignee !== undefined) {
    roleWhere.push(q.orUnassigned ? '(assignee = @assignee OR assignee IS NULL)' : 'assignee = @assignee');
    params.assignee = q.assignee;
  }
  if (q.lateAt) {
    roleWhere.push('expected_by < @lateAt');
    params.lateAt = q.lateAt;
  }
  // A correlated test per task, so that a path or process filter drives the query (an IN list would
  // first gather every role row of the roles, hundreds of thousands for a busy role).
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
  const sql = `SELECT t.*, i.client_ref AS path_client_ref FROM tasks t JOIN instances i ON i.id = t.instance_id
    WHERE ${where.join(' AND ')}
    ORDER BY t.expected_by IS NULL, t.expected_by, t.created_at, t.id LIMIT @limit`;
  return { sql, params };
}

/**
 * The inbox list without path filters, read in index order: per role and assignee case one
 * short ordered read of `task_roles` (dated tasks, then undated ones), each stopping at the page
 * size, merged and sorted over at most roles × cases × 2 pages. A role with half a million open
 * tasks costs a page, not a sort of half a million rows. Open tasks of one process are read the
 * same way from the partial indexes led by (role, process_key). Null when a filter needs the tasks table.
 */
export function fastInboxSql(q: InboxQuery): { sql: string; params: Params } | null {
  if (q.instanceId || q.clientRef || (q.processKey && q.state !== 'open')) return null;
  const params: Params = { limit: q.limit };
  // The literal 'open' lets SQLite use the partial indexes; INDEXED BY keeps it off the role-wide ones.
  let scope = 'state = @state';
  if (q.processKey) {
    params.processKey = q.processKey;
    scope = `process_key = @processKey AND state = 'open'`;
  } else params.state = q.state;
  const rows = (assigned: string) =>
    !q.processKey
      ? 'task_roles'
      : `task_roles INDEXED BY ${assigned === '1 = 1' ? 'task_roles_open_process_due' : 'task_roles_open_process'}`;
  const cases: string[] = [];
  if (q.assignee === null) cases.push('assignee IS NULL');
  else if (q.assignee !== undefined) {
    params.assignee = q.assignee;
    cases.push('assignee = @assignee');
    if (q.orUnassigned) cases.push('assignee IS NULL');
  } else cases.push('1 = 1');
  const dated = ['expected_by IS NOT NULL'];
  const undated = ['expected_by IS NULL'];
  if (q.lateAt) {
    dated.push('expected_by < @lateAt');
    params.lateAt = q.lateAt;
  }
  const sameDeadline = '(created_at > @afterCreated OR (created_at = @afterCreated AND task_id > @afterId))';
  let withDated = true;
  const withUndated = !q.lateAt;
  if (q.after) {
    params.afterCreated = q.after.createdAt;
    params.afterId = q.after.id;
    if (q.after.expectedBy === null) {
      withDated = false;
      undated.push(sameDeadline);
    } else {
      params.afterDue = q.after.expectedBy;
      dated.push(`(expected_by > @afterDue OR (expected_by = @afterDue AND ${sameDeadline}))`);
    }
  }
  const parts: string[] = [];
  q.roles.forEach((role, i) => {
    params[`role${i}`] = role;
    for (const assigned of cases) {
      const base = `role = @role${i} AND ${scope} AND ${assigned}`;
      if (withDated)
        parts.push(
          `SELECT * FROM (SELECT task_id FROM ${rows(assigned)} WHERE ${base} AND ${dated.join(' AND ')} ORDER BY expected_by, created_at, task_id LIMIT @limit)`,
        );
      if (withUndated)
        parts.push(
          `SELECT * FROM (SELECT task_id FROM ${rows(assigned)} WHERE ${base} AND ${undated.join(' AND ')} ORDER BY created_at, task_id LIMIT @limit)`,
        );
    }
  });
  if (!parts.length) return { sql: 'SELECT NULL AS id WHERE 0', params: {} };
  const sql = `SELECT t.*, i.client_ref AS path_client_ref FROM (SELECT DISTINCT task_id FROM (${parts.join(' UNION ALL ')})) c
    JOIN tasks t ON t.id = c.task_id JOIN instances i ON i.id = t.instance_id
    ORDER BY t.expected_by IS NULL, t.expected_by, t.created_at, t.id LIMIT @limit`;
  return { sql, params };
}

/** Tasks of the query in inbox order, each with its path's clientRef. */
export function listInbox(prepare: Prepare, q: InboxQuery): InboxTask[] {
  const { sql, params } = fastInboxSql(q) ?? inboxSql(q);
  return prepare(sql)
    .all(params)
    .map((r) => {
      const row = r as Record<string, unknown>;
      return { ...toTask(row), clientRef: (row.path_client_ref as string | null) ?? null };
    });
}

/** Counts are exact up to this many; a larger one is reported as COUNT_CAP + 1 (the app shows "1000+"). */
export const COUNT_CAP = 1000;

/**
 * The SQL and parameters of the inbox counts (exported so a test can ask SQLite for its plan). A task
 * counts under the first of the caller's roles it has (a primary-key probe for each earlier role), so
 * a task with two of the roles counts once without a DISTINCT over the rows read; each role reads at
 * most COUNT_CAP + 1 index rows, and a sum above that is COUNT_CAP + 1 (the app shows "1000+").
 */
export function countSql(q: InboxCountQuery): { sql: string; params: Params } {
  const shared: string[] = [];
  const params: Params = { userId: q.userId, now: q.now, cap: COUNT_CAP + 1 };
  // Which role rows each count reads: a client's few tasks by id; a process's open rows by
  // (role, process_key) from the partial indexes (the literal 'open' lets SQLite use them); else the role-wide ones.
  let index = (_cond: string) => '';
  if (q.clientRef) {
    shared.push('r.task_id IN (SELECT id FROM tasks WHERE instance_id IN (SELECT id FROM instances WHERE client_ref = @clientRef))');
    params.clientRef = q.clientRef;
    index = () => 'INDEXED BY task_roles_task';
  }
  if (q.processKey) {
    shared.push('r.process_key = @processKey');
    params.processKey = q.processKey;
    if (!q.clientRef)
      index = (cond) => `INDEXED BY ${cond.startsWith('r.assignee') ? 'task_roles_open_process' : 'task_roles_open_process_due'}`;
  }
  const roles = [...new Set(q.roles)];
  roles.forEach((role, i) => (params[`role${i}`] = role));
  const count = (cond: string) => {
    if (!roles.length) return '0';
    const perRole = roles.map((_, i) => {
      const where = [`r.role = @role${i}`, `r.state = 'open'`, ...shared, cond];
      for (let j = 0; j < i; j++) where.push(`NOT EXISTS (SELECT 1 FROM task_roles x WHERE x.role = @role${j} AND x.task_id = r.task_id)`);
      return `(SELECT COUNT(*) FROM (SELECT 1 FROM task_roles r ${index(cond)} WHERE ${where.join(' AND ')} LIMIT @cap))`;
    });
    return `MIN(@cap, ${perRole.join(' + ')})`;
  };
  const sql = `SELECT ${count('r.assignee = @userId')} AS mine, ${count('r.assignee IS NULL')} AS unassigned,
       ${count('1 = 1')} AS everyone, ${count('r.expected_by < @now')} AS late`;
  return { sql, params };
}

/** Open tasks per inbox filter, counted by SQLite; a task counts once however many of the roles it has. */
export function countInbox(prepare: Prepare, q: InboxCountQuery): InboxCounts {
  const { sql, params } = countSql(q);
  const row = prepare(sql).get(params) as { mine: number; unassigned: number; everyone: number; late: number };
  return { mine: Number(row.mine), unassigned: Number(row.unassigned), all: Number(row.everyone), late: Number(row.late) };
}
