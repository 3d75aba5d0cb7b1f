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
      'INSERT INTO task_roles (role, task_id, state, assignee, expected_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(role, task.id, task.state, task.assignee, task.expectedBy, task.createdAt);
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
    `INSERT OR IGNORE INTO task_roles (role, task_id, state, assignee, expected_by, created_at)
     SELECT DISTINCT r.value, t.id, t.state, t.assignee, t.expected_by, t.created_at FROM tasks t, json_each(t.roles) r`,
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
  const params: Params = { limit: q.limit };
  roleRows(roleWhere, params, q.roles, q.state);
  if (q.assignee === null) roleWhere.push('assignee IS NULL');
  else if (q.assignee !== undefined) {
    roleWhere.push(q.orUnassigned ? '(assignee = @assignee OR assignee IS NULL)' : 'assignee = @assignee');
    params.assignee = q.assignee;
  }
  if (q.lateAt) {
    roleWhere.push('expected_by < @lateAt');
    params.lateAt = q.lateAt;
  }
  const where = [`t.id IN (SELECT task_id FROM task_roles WHERE ${roleWhere.join(' AND ')})`];
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

/** Tasks of the query in inbox order, each with its path's clientRef. */
export function listInbox(prepare: Prepare, q: InboxQuery): InboxTask[] {
  const { sql, params } = inboxSql(q);
  return prepare(sql)
    .all(params)
    .map((r) => {
      const row = r as Record<string, unknown>;
      return { ...toTask(row), clientRef: (row.path_client_ref as string | null) ?? null };
    });
}

/** The SQL and parameters of the inbox counts (exported so a test can ask SQLite for its plan). */
export function countSql(q: InboxCountQuery): { sql: string; params: Params } {
  const where: string[] = [];
  const params: Params = { userId: q.userId, now: q.now };
  roleRows(where, params, q.roles, 'open');
  if (q.processKey) {
    where.push('task_id IN (SELECT id FROM tasks WHERE process_key = @processKey)');
    params.processKey = q.processKey;
  }
  if (q.clientRef) {
    where.push('task_id IN (SELECT id FROM tasks WHERE instance_id IN (SELECT id FROM instances WHERE client_ref = @clientRef))');
    params.clientRef = q.clientRef;
  }
  const sql = `SELECT COUNT(DISTINCT CASE WHEN assignee = @userId THEN task_id END) AS mine,
       COUNT(DISTINCT CASE WHEN assignee IS NULL THEN task_id END) AS unassigned,
       COUNT(DISTINCT task_id) AS everyone,
       COUNT(DISTINCT CASE WHEN expected_by < @now THEN task_id END) AS late
     FROM task_roles WHERE ${where.join(' AND ')}`;
  return { sql, params };
}

/** Open tasks per inbox filter, counted by SQLite; a task counts once however many of the roles it has. */
export function countInbox(prepare: Prepare, q: InboxCountQuery): InboxCounts {
  const { sql, params } = countSql(q);
  const row = prepare(sql).get(params) as { mine: number; unassigned: number; everyone: number; late: number };
  return { mine: Number(row.mine), unassigned: Number(row.unassigned), all: Number(row.everyone), late: Number(row.late) };
}
