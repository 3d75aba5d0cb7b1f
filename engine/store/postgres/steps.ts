/**
 * One engine step in PostgreSQL, applied inside the caller's transaction: the instance row under
 * its revision (`UPDATE … WHERE revision = $n`), tasks under their versions, the instance's timers
 * and subscriptions replaced, history upserted, audit appended, related steps with it.
 */
import type pg from 'pg';
import { conflict } from '../../errors.js';
import type { AuditRecord, StepCommit, SubscriptionRecord, TaskRecord, TimerRecord } from '../Store.js';
import * as rows from '../sqlite/rows.js';
import { isUniqueViolation } from './pool.js';

type InstanceColumn = keyof ReturnType<typeof rows.instanceParams>;
type TaskColumn = keyof ReturnType<typeof rows.taskParams>;
const INSTANCE_COLUMNS: InstanceColumn[] = [
  'id',
  'process_key',
  'version',
  'deployment_id',
  'business_key',
  'client_ref',
  'parent_instance_id',
  'parent_execution_id',
  'state',
  'started_at',
  'ended_at',
  'revision',
  'variables',
  'engine_state',
  'incident',
];
const TASK_COLUMNS: TaskColumn[] = [
  'id',
  'instance_id',
  'process_key',
  'activity_id',
  'execution_id',
  'name',
  'roles',
  'form_key',
  'assignee',
  'state',
  'created_at',
  'expected_by',
  'completed_at',
  'completed_by',
  'data',
  'version',
];
const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

/** Applies the step and its related steps; throws conflict (the caller rolls back) when a revision or version moved. */
export async function applyStep(c: pg.PoolClient, step: StepCommit): Promise<void> {
  const { instance } = step;
  const params = rows.instanceParams(instance);
  if (step.expectedRevision === 0) {
    try {
      await c.query(
        `INSERT INTO instances (${INSTANCE_COLUMNS.join(', ')}) VALUES (${placeholders(INSTANCE_COLUMNS.length)})`,
        INSTANCE_COLUMNS.map((k) => params[k]),
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('the instance exists already');
      throw err;
    }
  } else {
    const res = await c.query(
      `UPDATE instances SET state = $2, ended_at = $3, revision = $4, variables = $5, engine_state = $6, incident = $7,
         client_ref = $8, version = $9, deployment_id = $10
       WHERE id = $1 AND revision = $11`,
      [
        params.id,
        params.state,
        params.ended_at,
        params.revision,
        params.variables,
        params.engine_state,
        params.incident,
        params.client_ref,
        params.version,
        params.deployment_id,
        step.expectedRevision,
      ],
    );
    if (res.rowCount !== 1) throw conflict('the process instance was changed by someone else');
  }
  for (const task of step.tasks) await upsertTask(c, task);
  if (step.timers) await replaceTimers(c, instance.id, step.timers);
  if (step.subscriptions) await replaceSubscriptions(c, instance.id, step.subscriptions);
  for (const h of step.history) {
    await c.query(
      `INSERT INTO history (instance_id, execution_id, activity_id, name, type, started_at, ended_at, expected_by, by_user, stalled_reason, milestone, cancelled_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (instance_id, execution_id) DO UPDATE SET ended_at = excluded.ended_at, by_user = excluded.by_user,
         activity_id = excluded.activity_id, name = excluded.name, cancelled_by = excluded.cancelled_by`,
      [
        h.instanceId,
        h.executionId,
        h.activityId,
        h.name,
        h.type,
        h.startedAt,
        h.endedAt,
        h.expectedBy,
        h.by,
        h.stalledReason ?? null,
        h.milestone ?? null,
        h.cancelledBy ?? null,
      ],
    );
  }
  if (step.audit?.length) await insertAudit(c, step.audit);
  for (const related of step.related ?? []) await applyStep(c, related);
}

/** A new task is inserted (a repeat of the same insert changes nothing); a changed one must still be at the version before. */
async function upsertTask(c: pg.PoolClient, task: TaskRecord): Promise<void> {
  const params = rows.taskParams(task);
  const values = TASK_COLUMNS.map((k) => params[k]);
  if (task.version === 1) {
    const res = await c.query(
      `INSERT INTO tasks (${TASK_COLUMNS.join(', ')}) VALUES (${placeholders(TASK_COLUMNS.length)}) ON CONFLICT (id) DO NOTHING`,
      values,
    );
    if (res.rowCount === 1) await syncTaskRoles(c, task);
    return;
  }
  const sets = TASK_COLUMNS.map((col, i) => (col === 'id' ? null : `${col} = $${i + 1}`)).filter(Boolean);
  const res = await c.query(`UPDATE tasks SET ${sets.join(', ')} WHERE id = $1 AND version = $${TASK_COLUMNS.length + 1}`, [
    ...values,
    task.version - 1,
  ]);
  if (res.rowCount !== 1) throw conflict('the task was changed by someone else');
  await syncTaskRoles(c, task);
  // A completed or cancelled task's drafts go in the same commit.
  if (task.state !== 'open') await c.query('DELETE FROM drafts WHERE task_id = $1', [task.id]);
}

/** Rewrites a task's role rows (one per candidate role, with the columns the inbox filters on). */
async function syncTaskRoles(c: pg.PoolClient, task: TaskRecord): Promise<void> {
  await c.query('DELETE FROM task_roles WHERE task_id = $1', [task.id]);
  const roles = [...new Set(task.roles)];
  if (!roles.length) return;
  await c.query(
    `INSERT INTO task_roles (role, task_id, state, assignee, expected_by, created_at, process_key)
     SELECT r, $2, $3, $4, $5, $6, $7 FROM unnest($1::text[]) r`,
    [roles, task.id, task.state, task.assignee, task.expectedBy, task.createdAt, task.processKey],
  );
}

/** The instance's timers become exactly these: new rows, free of any lease, no attempts. */
async function replaceTimers(c: pg.PoolClient, instanceId: string, timers: TimerRecord[]): Promise<void> {
  await c.query('DELETE FROM timers WHERE instance_id = $1', [instanceId]);
  for (const t of timers) {
    await c.query('INSERT INTO timers (id, instance_id, activity_id, execution_id, due_at) VALUES ($1, $2, $3, $4, $5)', [
      t.id,
      t.instanceId,
      t.activityId,
      t.executionId,
      t.dueAt,
    ]);
  }
}

async function replaceSubscriptions(c: pg.PoolClient, instanceId: string, subscriptions: SubscriptionRecord[]): Promise<void> {
  await c.query('DELETE FROM subscriptions WHERE instance_id = $1', [instanceId]);
  for (const s of subscriptions) {
    await c.query(
      `INSERT INTO subscriptions (instance_id, message_name, activity_id, execution_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [s.instanceId, s.messageName, s.activityId, s.executionId],
    );
  }
}

/** Appends access log entries in the caller's transaction. */
export async function insertAudit(c: pg.PoolClient | pg.Pool, entries: AuditRecord[]): Promise<void> {
  for (const a of entries) {
    await c.query(
      'INSERT INTO audit (at, actor, action, client_ref, instance_id, detail, role, why) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [a.at, a.actor, a.action, a.clientRef, a.instanceId, a.detail, a.role ?? null, a.why ?? null],
    );
  }
}
