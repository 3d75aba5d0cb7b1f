/**
 * The report queries of the PostgreSQL store: indexed walks of open history rows and role rows,
 * and reads of the aggregates that reportSchema.ts keeps; no rows are counted in JavaScript.
 */
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
  type TeamMeetingFigures,
} from '../ReportStore.js';
import { all, one, type Queryable } from './pool.js';

type Params = Record<string, unknown>;
const ORGANISATION = `(i.variables::jsonb ->> 'organisation')`;

/** A page of the stalled list: late open steps of running paths, most overdue first, keyset-paged. */
export async function listStalled(db: Queryable, q: StalledQuery): Promise<StalledRow[]> {
  const where = ['h.ended_at IS NULL', 'h.expected_by IS NOT NULL', 'h.expected_by < @now', "i.state = 'running'"];
  const params: Params = { now: q.now, limit: q.limit };
  if (q.after) {
    where.push('(h.expected_by, h.instance_id, h.execution_id) > (@afterExpected, @afterInstance, @afterExecution)');
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
    where.push(`${ORGANISATION} = @organisation`);
    params.organisation = q.organisation;
  }
  if (q.reason) {
    where.push(q.reason === 'late' ? 'h.stalled_reason IS NULL' : 'h.stalled_reason = @reason');
    if (q.reason !== 'late') params.reason = q.reason;
  }
  if (q.role) {
    where.push(`EXISTS (SELECT 1 FROM tasks t JOIN task_roles r ON r.task_id = t.id
      WHERE t.instance_id = h.instance_id AND t.execution_id = h.execution_id AND r.role = @role AND r.state = 'open')`);
    params.role = q.role;
  }
  const found = await all(
    db,
    `SELECT h.instance_id, h.execution_id, h.activity_id, h.name, h.started_at, h.expected_by, h.stalled_reason,
       i.client_ref, i.process_key, i.version, ${ORGANISATION} AS organisation,
       (SELECT t2.roles FROM tasks t2 WHERE t2.instance_id = h.instance_id AND t2.execution_id = h.execution_id AND t2.state = 'open' LIMIT 1) AS roles
     FROM history h JOIN instances i ON i.id = h.instance_id
     WHERE ${where.join(' AND ')}
     ORDER BY h.expected_by, h.instance_id, h.execution_id LIMIT @limit`,
    params,
  );
  return found.map((r) => ({
    instanceId: r.instance_id as string,
    executionId: r.execution_id as string,
    clientRef: (r.client_ref as string | null) ?? null,
    processKey: r.process_key as string,
    version: Number(r.version),
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
export async function activityStats(db: Queryable, processKey: string, version: number): Promise<ActivityStat[]> {
  const found = await all(
    db,
    `WITH w AS (
       SELECT activity_id, bucket,
         SUM(n) OVER (PARTITION BY activity_id ORDER BY bucket) AS cum,
         SUM(n) OVER (PARTITION BY activity_id) AS total
       FROM activity_waits WHERE process_key = @processKey AND version = @version),
     p AS (
       SELECT activity_id, MIN(CASE WHEN cum >= div(total + 1, 2) THEN bucket END) AS median,
         MIN(CASE WHEN cum >= div(9 * total + 9, 10) THEN bucket END) AS p90
       FROM w GROUP BY activity_id)
     SELECT s.activity_id, s.active, s.completed, p.median, p.p90
     FROM activity_stats s LEFT JOIN p ON p.activity_id = s.activity_id
     WHERE s.process_key = @processKey AND s.version = @version ORDER BY s.activity_id`,
    { processKey, version },
  );
  return found.map((r) => ({
    activityId: r.activity_id as string,
    active: Number(r.active),
    completed: Number(r.completed),
    medianWaitSeconds: r.median === null ? null : Number(r.median),
    p90WaitSeconds: r.p90 === null ? null : Number(r.p90),
  }));
}

/** The kept monthly counts in a month range. */
export async function countReferrals(db: Queryable, range: { from?: string; to?: string }): Promise<ReferralCount[]> {
  const found = await all(
    db,
    `SELECT month, process_key, source, organisation, n FROM referral_counts
     WHERE month >= @from AND month <= @to ORDER BY month, process_key, source, organisation`,
    { from: range.from ?? '0000-00', to: range.to ?? '9999-99' },
  );
  return found.map((r) => ({
    month: r.month as string,
    processKey: r.process_key as string,
    source: (r.source as string) || null,
    organisation: (r.organisation as string) || null,
    count: Number(r.n),
  }));
}

/** Per month, source and organisation of the paths that met the team: how many, the median and p90 wait, how many started. */
export async function teamMeetingFigures(db: Queryable, range: { from?: string; to?: string }): Promise<TeamMeetingFigures[]> {
  const found = await all(
    db,
    `WITH m AS (
       SELECT month, source, organisation, wait_seconds, direct,
         ROW_NUMBER() OVER (PARTITION BY month, source, organisation ORDER BY wait_seconds) AS rank,
         COUNT(*) OVER (PARTITION BY month, source, organisation) AS n
       FROM team_meetings WHERE month >= @from AND month <= @to),
     g AS (
       SELECT month, source, organisation, MAX(n) AS reached, MAX(direct) AS direct,
         MIN(CASE WHEN rank >= div(n + 1, 2) THEN wait_seconds END) AS median,
         MIN(CASE WHEN rank >= div(9 * n + 9, 10) THEN wait_seconds END) AS p90
       FROM m GROUP BY month, source, organisation)
     SELECT g.*, (SELECT SUM(n) FROM referral_counts r WHERE r.month = g.month AND r.process_key = g.source
         AND r.organisation = g.organisation AND (g.direct = 0 OR r.source = '')) AS started
     FROM g ORDER BY g.month, g.source, g.organisation`,
    { from: range.from ?? '0000-00', to: range.to ?? '9999-99' },
  );
  return found.map((r) => ({
    month: r.month as string,
    source: r.source as string,
    organisation: (r.organisation as string) || null,
    started: r.started === null ? 0 : Number(r.started),
    reachedTeam: Number(r.reached),
    medianToMeetingSeconds: Number(r.median),
    p90ToMeetingSeconds: Number(r.p90),
  }));
}

/** Outcomes per value, persons and jobs, from the kept outcome rows and the process's clients. */
export async function countOutcomes(db: Queryable, processKey: string): Promise<OutcomeCounts> {
  const byOutcome = (
    await all(
      db,
      `SELECT outcome, COUNT(*) AS count, COUNT(DISTINCT client_ref) AS persons FROM outcomes
       WHERE process_key = @processKey GROUP BY outcome ORDER BY outcome`,
      { processKey },
    )
  ).map((r) => ({ outcome: r.outcome as string, count: Number(r.count), persons: Number(r.persons) }));
  const employed = (await one(
    db,
    `SELECT COUNT(*) AS jobs, COUNT(DISTINCT client_ref) AS persons FROM outcomes WHERE process_key = @processKey AND outcome = ANY(@jobs)`,
    { processKey, jobs: [...JOB_OUTCOMES] },
  ))!;
  const persons = (await one(db, 'SELECT COUNT(*) AS n FROM process_clients WHERE process_key = @processKey', { processKey }))!;
  return { persons: Number(persons.n), employedPersons: Number(employed.persons), jobs: Number(employed.jobs), byOutcome };
}

/** A page of open tasks that became late in [since, now), per role; the page is chosen from the role rows alone. */
export async function listLateTasks(db: Queryable, q: LateTaskQuery): Promise<LateTaskRow[]> {
  const where = [`r.state = 'open'`, 'r.expected_by IS NOT NULL', 'r.expected_by >= @since', 'r.expected_by < @now'];
  const params: Params = { since: q.since, now: q.now, limit: q.limit };
  if (q.roles) {
    where.push('r.role = ANY(@roles)');
    params.roles = q.roles;
  }
  if (q.after) {
    where.push('(r.role, r.expected_by, r.task_id) > (@afterRole, @afterExpected, @afterTask)');
    Object.assign(params, { afterRole: q.after.role, afterExpected: q.after.expectedBy, afterTask: q.after.taskId });
  }
  const found = await all(
    db,
    `SELECT r.role, r.task_id, t.assignee, r.expected_by, t.name, t.activity_id, t.process_key, t.instance_id, i.client_ref
     FROM (SELECT role, task_id, expected_by FROM task_roles r WHERE ${where.join(' AND ')}
           ORDER BY r.role, r.expected_by, r.task_id LIMIT @limit) r
     JOIN tasks t ON t.id = r.task_id JOIN instances i ON i.id = t.instance_id
     ORDER BY r.role, r.expected_by, r.task_id`,
    params,
  );
  return found.map((r) => ({
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

/** Open tasks and running paths, counted over their partial indexes (no counter row that every commit would queue on). */
export async function countOperations(db: Queryable): Promise<OperationCounts> {
  const r = (await one(
    db,
    `SELECT (SELECT COUNT(*) FROM tasks WHERE state = 'open') AS open_tasks,
            (SELECT COUNT(*) FROM instances WHERE state = 'running') AS running`,
  ))!;
  return { openTasks: Number(r.open_tasks), runningInstances: Number(r.running) };
}
