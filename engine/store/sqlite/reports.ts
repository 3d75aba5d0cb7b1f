/**
 * The report queries of the SQLite store: each one is an indexed walk or a read of the aggregates
 * that reportSchema.ts keeps, never a count of rows in JavaScript.
 */
import type Database from 'better-sqlite3';
import {
  JOB_OUTCOMES,
  type ActivityStat,
  type LateTaskQuery,
  type LateTaskRow,
  type OperationCounts,
  type OutcomeCounts,
  type ReferralCount,
  type StalledQuery,
  type StalledReason,
  type StalledRow,
} from '../ReportStore.js';

type Prepare = (sql: string) => Database.Statement;
type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

/**
 * The SQL of a stalled page (exported so a test can ask SQLite for its plan). Unfiltered or filtered by
 * organisation it walks the open, dated history rows in expectedBy order; by process (given its
 * `activities`), the rows of each of its steps (see perActivity); filtered by step,
 * that step's rows of them; filtered by role it walks that role's open task rows in expectedBy order
 * instead (a step's task and history row share the expected time), so a rare step or role never walks
 * every late step of the others.
 */
export function stalledSql(q: StalledQuery, activities?: string[]): { sql: string; params: Params } {
  const where = ['h.ended_at IS NULL', 'h.expected_by < @now', "i.state = 'running'"];
  const params: Params = { now: q.now, limit: q.limit };
  const byRole = Boolean(q.role);
  const e = byRole ? 'r.expected_by' : 'h.expected_by';
  if (q.after) {
    where.push(`${e} >= @afterExpected`, `(${e}, h.instance_id, h.execution_id) > (@afterExpected, @afterInstance, @afterExecution)`);
    Object.assign(params, { afterExpected: q.after.expectedBy, afterInstance: q.after.instanceId, afterExecution: q.after.executionId });
  }
  if (q.processKey) {
    where.push('i.process_key = @processKey');
    params.processKey = q.processKey;
  }
  if (q.activityId) {
    where.push('h.activity_id = @activityId');
    params.activityId = q.activityId;
  }
  if (q.organisation) {
    where.push(`json_extract(i.variables, '$.organisation') = @organisation`);
    params.organisation = q.organisation;
  }
  if (q.reason) {
    where.push(q.reason === 'late' ? 'h.stalled_reason IS NULL' : 'h.stalled_reason = @reason');
    if (q.reason !== 'late') params.reason = q.reason;
  }
  const from = byRole
    ? `task_roles r INDEXED BY task_roles_stalled JOIN tasks t ON t.id = r.task_id
       JOIN history h ON h.instance_id = t.instance_id AND h.execution_id = t.execution_id`
    : `history h INDEXED BY ${q.activityId ? 'history_late_activity' : 'history_late'}`;
  if (q.processKey && !byRole && !q.activityId && activities) return perActivity(where, params, activities);
  if (byRole) {
    // The partial index's own terms, so that only this query (not the inbox) plans with it.
    where.push(`r.role = @role`, `r.state = 'open'`, `r.role <> ''`, 'r.expected_by < @now');
    params.role = q.role;
  }
  const sql = `SELECT h.instance_id, h.execution_id, h.activity_id, h.name, h.started_at, h.expected_by, h.stalled_reason,
      i.client_ref, i.process_key, i.version, json_extract(i.variables, '$.organisation') AS organisation,
      (SELECT t2.roles FROM tasks t2 WHERE t2.instance_id = h.instance_id AND t2.execution_id = h.execution_id AND t2.state = 'open') AS roles
    FROM ${from} JOIN instances i ON i.id = h.instance_id
    WHERE ${where.join(' AND ')}
    ORDER BY ${e}, h.instance_id, h.execution_id LIMIT @limit`;
  return { sql, params };
}

/**
 * A stalled page of one process: per activity of the process one ordered read of that activity's late
 * rows (history_late_activity), each stopping at the page size, merged and sorted over at most
 * activities × page rows. A process with few late steps no longer walks every late step of the others.
 */
function perActivity(where: string[], params: Params, activities: string[]): { sql: string; params: Params } {
  if (!activities.length) return { sql: 'SELECT NULL AS instance_id WHERE 0', params: {} };
  const parts = activities.map((activity, k) => {
    params[`activity${k}`] = activity;
    // h.*: every column of the step's history row that listStalled maps, whatever it maps.
    return `SELECT * FROM (SELECT h.*, i.client_ref, i.process_key, i.version, json_extract(i.variables, '$.organisation') AS organisation
      FROM history h INDEXED BY history_late_activity JOIN instances i ON i.id = h.instance_id
      WHERE h.activity_id = @activity${k} AND ${where.join(' AND ')}
      ORDER BY h.expected_by, h.instance_id, h.execution_id LIMIT @limit)`;
  });
  // The roles are looked up for the page's rows only, after the merge.
  const sql = `SELECT s.*,
      (SELECT t2.roles FROM tasks t2 WHERE t2.instance_id = s.instance_id AND t2.execution_id = s.execution_id AND t2.state = 'open') AS roles
    FROM (SELECT * FROM (${parts.join(' UNION ALL ')}) ORDER BY expected_by, instance_id, execution_id LIMIT @limit) s
    ORDER BY s.expected_by, s.instance_id, s.execution_id`;
  return { sql, params };
}

/** The activities that ever had a step in a process's paths (kept in activity_stats), for a stalled page of that process. */
export function processActivities(prepare: Prepare, processKey: string): string[] {
  return (
    prepare('SELECT DISTINCT activity_id FROM activity_stats WHERE process_key = ? ORDER BY activity_id').all(processKey) as Row[]
  ).map((r) => r.activity_id as string);
}

/** A page of the stalled list. */
export function listStalled(prepare: Prepare, q: StalledQuery): StalledRow[] {
  const { sql, params } = stalledSql(q, q.processKey && !q.role && !q.activityId ? processActivities(prepare, q.processKey) : undefined);
  return (prepare(sql).all(params) as Row[]).map((r) => ({
    instanceId: r.instance_id as string,
    executionId: r.execution_id as string,
    clientRef: (r.client_ref as string | null) ?? null,
    processKey: r.process_key as string,
    version: r.version as number,
    activityId: r.activity_id as string,
    activityName: (r.name as string | null) ?? null,
    roles: r.roles ? (JSON.parse(r.roles as string) as string[]) : [],
    since: r.started_at as string,
    expectedBy: r.expected_by as string,
    organisation: typeof r.organisation === 'string' ? r.organisation : null,
    reason: ((r.stalled_reason as StalledReason | null) ?? 'late') as StalledReason,
  }));
}

/** Active and completed counts per activity, with nearest-rank percentiles read off the kept wait buckets. */
export function activityStats(prepare: Prepare, processKey: string, version: number): ActivityStat[] {
  const rows = prepare(
    `WITH w AS (
       SELECT activity_id, bucket,
         SUM(n) OVER (PARTITION BY activity_id ORDER BY bucket) AS cum,
         SUM(n) OVER (PARTITION BY activity_id) AS total
       FROM activity_waits WHERE process_key = @processKey AND version = @version),
     p AS (
       SELECT activity_id, MIN(CASE WHEN cum >= (total + 1) / 2 THEN bucket END) AS median,
         MIN(CASE WHEN cum >= (9 * total + 9) / 10 THEN bucket END) AS p90
       FROM w GROUP BY activity_id)
     SELECT s.activity_id, s.active, s.completed, p.median, p.p90
     FROM activity_stats s LEFT JOIN p ON p.activity_id = s.activity_id
     WHERE s.process_key = @processKey AND s.version = @version ORDER BY s.activity_id`,
  ).all({ processKey, version }) as Row[];
  return rows.map((r) => ({
    activityId: r.activity_id as string,
    active: r.active as number,
    completed: r.completed as number,
    medianWaitSeconds: (r.median as number | null) ?? null,
    p90WaitSeconds: (r.p90 as number | null) ?? null,
  }));
}

/** The kept monthly counts in a month range. */
export function countReferrals(prepare: Prepare, range: { from?: string; to?: string }): ReferralCount[] {
  const rows = prepare(
    `SELECT month, process_key, source, organisation, n FROM referral_counts
     WHERE month >= @from AND month <= @to ORDER BY month, process_key, source, organisation`,
  ).all({ from: range.from ?? '0000-00', to: range.to ?? '9999-99' }) as Row[];
  return rows.map((r) => ({
    month: r.month as string,
    processKey: r.process_key as string,
    source: (r.source as string) || null,
    organisation: (r.organisation as string) || null,
    count: r.n as number,
  }));
}

/** Outcomes per value, persons and jobs, from the kept outcome rows and the client index. */
export function countOutcomes(prepare: Prepare, processKey: string): OutcomeCounts {
  const jobs = JSON.stringify(JOB_OUTCOMES);
  const byOutcome = (
    prepare(
      `SELECT outcome, COUNT(*) AS count, COUNT(DISTINCT client_ref) AS persons FROM outcomes WHERE process_key = ? GROUP BY outcome ORDER BY outcome`,
    ).all(processKey) as Row[]
  ).map((r) => ({ outcome: r.outcome as string, count: r.count as number, persons: r.persons as number }));
  const employed = prepare(
    `SELECT COUNT(*) AS jobs, COUNT(DISTINCT client_ref) AS persons FROM outcomes
     WHERE process_key = ? AND outcome IN (SELECT value FROM json_each(?))`,
  ).get(processKey, jobs) as Row;
  const persons = prepare(`SELECT n FROM report_counters WHERE name = ?`).get(`persons:${processKey}`) as Row | undefined;
  return {
    persons: (persons?.n as number | undefined) ?? 0,
    employedPersons: employed.persons as number,
    jobs: employed.jobs as number,
    byOutcome,
  };
}

/** A page of open tasks that became late in [since, now), per role. */
export function listLateTasks(prepare: Prepare, q: LateTaskQuery): LateTaskRow[] {
  const where = [`r.state = 'open'`, 'r.expected_by >= @since', 'r.expected_by < @now'];
  const params: Params = { since: q.since, now: q.now, limit: q.limit };
  if (q.roles) {
    where.push('r.role IN (SELECT value FROM json_each(@roles))');
    params.roles = JSON.stringify(q.roles);
  }
  if (q.after) {
    where.push('(r.role, r.expected_by, r.task_id) > (@afterRole, @afterExpected, @afterTask)');
    Object.assign(params, { afterRole: q.after.role, afterExpected: q.after.expectedBy, afterTask: q.after.taskId });
  }
  // The page is chosen from the index alone (a day's late role rows, sorted); only its rows are joined.
  const rows = prepare(
    `SELECT r.role, r.task_id, t.assignee, r.expected_by, t.name, t.activity_id, t.process_key, t.instance_id, i.client_ref
     FROM (SELECT role, task_id, expected_by FROM task_roles r INDEXED BY task_roles_late
           WHERE ${where.join(' AND ')} ORDER BY r.role, r.expected_by, r.task_id LIMIT @limit) r
     JOIN tasks t ON t.id = r.task_id JOIN instances i ON i.id = t.instance_id
     ORDER BY r.role, r.expected_by, r.task_id`,
  ).all(params) as Row[];
  return rows.map((r) => ({
    role: r.role as string,
    taskId: r.task_id as string,
    name: (r.name as string | null) ?? null,
    activityId: r.activity_id as string,
    processKey: r.process_key as string,
    instanceId: r.instance_id as string,
    clientRef: (r.client_ref as string | null) ?? null,
    assignee: (r.assignee as string | null) ?? null,
    expectedBy: r.expected_by as string,
  }));
}

/** The kept counters. */
export function countOperations(prepare: Prepare): OperationCounts {
  const rows = prepare('SELECT name, n FROM report_counters').all() as { name: string; n: number }[];
  const of = (name: string) => rows.find((r) => r.name === name)?.n ?? 0;
  return { openTasks: of('open_tasks'), runningInstances: of('running_instances') };
}
