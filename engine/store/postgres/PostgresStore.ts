/**
 * The shared store on PostgreSQL: every Polku process of a deployment on one database. A step
 * commits in one transaction under the instance revision; timers are leased with
 * `FOR UPDATE SKIP LOCKED`; accounts, sessions, drafts and the access log live in the same
 * database. The SQL of each concern is in its own module; this class wires them to the pool.
 */
import { conflict } from '../../errors.js';
import type { InstanceState } from '../../api.js';
import type {
  AuditRecord,
  CaseloadPlace,
  DeploymentRecord,
  DraftRecord,
  EmployerContactRecord,
  EmployerContactWeek,
  HistoryRecord,
  InboxCountQuery,
  InboxCounts,
  InboxQuery,
  InboxTask,
  InstanceCount,
  InstanceQuery,
  InstanceRecord,
  IpsFigureRow,
  IpsJobRow,
  MeetingBookingRecord,
  MeetingBookingRow,
  StepCommit,
  Store,
  SubscriptionRecord,
  TaskQuery,
  TaskRecord,
  TimerRecord,
  WaitingEntry,
  WaitingQuery,
  WorkAbilityScoreRow,
} from '../Store.js';
import type {
  ActivityStat,
  LateTaskQuery,
  LateTaskRow,
  OperationCounts,
  OutcomeCounts,
  ReferralCount,
  StalledQuery,
  StalledRow,
  TeamMeetingFigures,
} from '../ReportStore.js';
import * as rows from '../sqlite/rows.js';
import { PgAccounts } from './accounts.js';
import * as features from './features.js';
import * as figures from './figures.js';
import * as inbox from './inbox.js';
import { migrate } from './migrations.js';
import { all, inTransaction, isUniqueViolation, one, type Row } from './pool.js';
import * as reports from './reports.js';
import { applyStep, insertAudit } from './steps.js';

/** How long the readiness probe waits for an answer. */
const PING_MS = 2_000;

export class PostgresStore extends PgAccounts implements Store {
  /** Applies the numbered migrations the database lacks, under an advisory lock. */
  async init(): Promise<void> {
    await migrate(this.pool);
  }

  async ping(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PING_MS)));
    const probe = this.pool.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async insertDeployment(d: DeploymentRecord): Promise<void> {
    await this.insertDeployments([d]);
  }

  async insertDeployments(ds: DeploymentRecord[]): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      for (const d of ds) {
        try {
          await c.query(
            `INSERT INTO deployments (id, process_key, version, name, xml_hash, xml, deployed_at, deployed_by, note)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [d.id, d.processKey, d.version, d.name, d.xmlHash, d.xml, d.deployedAt, d.deployedBy, d.note ?? null],
          );
        } catch (err) {
          if (isUniqueViolation(err)) throw conflict(`version ${d.version} of ${d.processKey} exists already`);
          throw err;
        }
      }
    });
  }

  async findDeployment(processKey: string, version?: number): Promise<DeploymentRecord | null> {
    const r =
      version === undefined
        ? await one(this.pool, 'SELECT * FROM deployments WHERE process_key = @processKey ORDER BY version DESC LIMIT 1', { processKey })
        : await one(this.pool, 'SELECT * FROM deployments WHERE process_key = @processKey AND version = @version', { processKey, version });
    return r ? rows.toDeployment(r) : null;
  }

  async getDeployment(id: string): Promise<DeploymentRecord | null> {
    const r = await one(this.pool, 'SELECT * FROM deployments WHERE id = @id', { id });
    return r ? rows.toDeployment(r) : null;
  }

  async findDeploymentsByHash(xmlHash: string): Promise<DeploymentRecord[]> {
    return (await all(this.pool, 'SELECT * FROM deployments WHERE xml_hash = @xmlHash ORDER BY process_key', { xmlHash })).map(
      rows.toDeployment,
    );
  }

  async listDeployments(everyVersion: boolean): Promise<DeploymentRecord[]> {
    const sql = everyVersion
      ? 'SELECT * FROM deployments ORDER BY process_key, version'
      : 'SELECT DISTINCT ON (process_key) * FROM deployments ORDER BY process_key, version DESC';
    return (await all(this.pool, sql)).map(rows.toDeployment);
  }

  async commitStep(step: StepCommit): Promise<void> {
    await inTransaction(this.pool, (c) => applyStep(c, step));
  }

  async getInstance(id: string): Promise<InstanceRecord | null> {
    const r = await one(this.pool, 'SELECT * FROM instances WHERE id = @id', { id });
    return r ? rows.toInstance(r) : null;
  }

  async listInstances(q: InstanceQuery): Promise<InstanceRecord[]> {
    const where: string[] = [];
    if (q.processKey) where.push('process_key = @processKey');
    if (q.state) where.push('state = @state');
    if (q.clientRef) where.push('client_ref = @clientRef');
    const found = await all(
      this.pool,
      `SELECT * FROM instances ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY started_at DESC, id DESC LIMIT @limit`,
      { ...q, limit: q.limit ?? 200 },
    );
    return found.map(rows.toInstance);
  }

  async countInstances(processKey?: string): Promise<InstanceCount[]> {
    const found = await all(
      this.pool,
      `SELECT process_key, version, state, COUNT(*) AS n FROM instances ${processKey === undefined ? '' : 'WHERE process_key = @processKey'}
       GROUP BY process_key, version, state ORDER BY process_key, version, state`,
      processKey === undefined ? {} : { processKey },
    );
    return found.map((r) => ({
      processKey: String(r.process_key),
      version: Number(r.version),
      state: r.state as InstanceState,
      count: Number(r.n),
    }));
  }

  async findChildren(parentInstanceId: string): Promise<InstanceRecord[]> {
    return (
      await all(this.pool, 'SELECT * FROM instances WHERE parent_instance_id = @parentInstanceId ORDER BY started_at', { parentInstanceId })
    ).map(rows.toInstance);
  }

  async getTask(id: string): Promise<TaskRecord | null> {
    const r = await one(this.pool, 'SELECT * FROM tasks WHERE id = @id', { id });
    return r ? rows.toTask(r) : null;
  }

  async listTasks(q: TaskQuery): Promise<TaskRecord[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: q.limit ?? 200 };
    for (const [key, column] of [
      ['state', 'state'],
      ['processKey', 'process_key'],
      ['instanceId', 'instance_id'],
    ] as const) {
      if (q[key]) {
        where.push(`${column} = @${key}`);
        params[key] = q[key];
      }
    }
    if (q.assignee === null) where.push('assignee IS NULL');
    else if (q.assignee !== undefined) {
      where.push('assignee = @assignee');
      params.assignee = q.assignee;
    }
    if (q.roles) {
      where.push('EXISTS (SELECT 1 FROM jsonb_array_elements_text(tasks.roles::jsonb) r WHERE r = ANY(@roles))');
      params.roles = q.roles;
    }
    if (q.after) {
      where.push('(created_at > @afterCreated OR (created_at = @afterCreated AND id > @afterId))');
      Object.assign(params, { afterCreated: q.after.createdAt, afterId: q.after.id });
    }
    const found = await all(
      this.pool,
      `SELECT * FROM tasks ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY created_at, id LIMIT @limit`,
      params,
    );
    return found.map(rows.toTask);
  }

  async listInbox(q: InboxQuery): Promise<InboxTask[]> {
    return inbox.listInbox(this.pool, q);
  }

  async countInbox(q: InboxCountQuery): Promise<InboxCounts> {
    return inbox.countInbox(this.pool, q);
  }

  async updateTaskAssignee(id: string, assignee: string | null, expectedVersion: number, audit: AuditRecord[] = []): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const res = await c.query(`UPDATE tasks SET assignee = $1, version = version + 1 WHERE id = $2 AND version = $3 AND state = 'open'`, [
        assignee,
        id,
        expectedVersion,
      ]);
      if (res.rowCount !== 1) return false;
      await c.query('UPDATE task_roles SET assignee = $1 WHERE task_id = $2', [assignee, id]);
      await insertAudit(c, audit);
      return true;
    });
  }

  async listHistory(instanceId: string): Promise<HistoryRecord[]> {
    return (await all(this.pool, 'SELECT * FROM history WHERE instance_id = @instanceId ORDER BY seq', { instanceId })).map(rows.toHistory);
  }

  async listActive(processKey?: string): Promise<HistoryRecord[]> {
    const found = await all(
      this.pool,
      `SELECT h.* FROM history h JOIN instances i ON i.id = h.instance_id
       WHERE h.ended_at IS NULL AND i.state = 'running' ${processKey ? 'AND i.process_key = @processKey' : ''} ORDER BY h.started_at, h.seq`,
      processKey ? { processKey } : {},
    );
    return found.map(rows.toHistory);
  }

  async listDueTimers(now: string, limit: number): Promise<TimerRecord[]> {
    return (await all(this.pool, 'SELECT * FROM timers WHERE due_at <= @now ORDER BY due_at, id LIMIT @limit', { now, limit })).map(
      rows.toTimer,
    );
  }

  /** Rows another process is leasing or a step is rewriting right now are skipped, not waited for. */
  async claimDueTimers(now: string, owner: string, leaseUntil: string, limit: number): Promise<TimerRecord[]> {
    const taken = await all(
      this.pool,
      `WITH due AS (
         SELECT t.id FROM timers t JOIN instances i ON i.id = t.instance_id AND i.state = 'running'
         WHERE t.due_at <= @now AND (t.lease_until IS NULL OR t.lease_until <= @now)
         ORDER BY t.due_at, t.id LIMIT @limit FOR UPDATE OF t SKIP LOCKED)
       UPDATE timers SET lease_owner = @owner, lease_until = @leaseUntil FROM due WHERE timers.id = due.id RETURNING timers.*`,
      { now, owner, leaseUntil, limit },
    );
    return taken
      .map((r: Row) => ({ ...rows.toTimer(r), attempts: Number(r.attempts) }))
      .sort((a, b) => (a.dueAt === b.dueAt ? (a.id < b.id ? -1 : 1) : a.dueAt < b.dueAt ? -1 : 1));
  }

  async releaseTimer(id: string, owner: string, failure: { retryAt: string } | null): Promise<number | null> {
    const r = failure
      ? await one(
          this.pool,
          'UPDATE timers SET attempts = attempts + 1, lease_until = @retryAt WHERE id = @id AND lease_owner = @owner RETURNING attempts',
          { retryAt: failure.retryAt, id, owner },
        )
      : await one(
          this.pool,
          'UPDATE timers SET lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner RETURNING attempts',
          { id, owner },
        );
    return r ? Number(r.attempts) : null;
  }

  async nextTimerDue(): Promise<string | null> {
    return ((await one(this.pool, 'SELECT MIN(due_at) AS due FROM timers'))!.due as string | null) ?? null;
  }

  async findSubscriptions(instanceId: string, messageName: string): Promise<SubscriptionRecord[]> {
    const found = await all(this.pool, 'SELECT * FROM subscriptions WHERE instance_id = @instanceId AND message_name = @messageName', {
      instanceId,
      messageName,
    });
    return found.map((r) => ({
      instanceId: String(r.instance_id),
      messageName: String(r.message_name),
      activityId: String(r.activity_id),
      executionId: String(r.execution_id),
    }));
  }

  async eraseClientData(clientRef: string, audit: AuditRecord[]): Promise<number> {
    return inTransaction(this.pool, async (c) => {
      const ended = `SELECT id FROM instances WHERE client_ref = $1 AND state IN ('completed', 'cancelled')`;
      await c.query(`UPDATE tasks SET data = NULL WHERE instance_id IN (${ended})`, [clientRef]);
      const res = await c.query(`UPDATE instances SET variables = '{}', business_key = NULL, engine_state = NULL WHERE id IN (${ended})`, [
        clientRef,
      ]);
      await insertAudit(c, audit);
      return res.rowCount ?? 0;
    });
  }

  async saveDraft(d: DraftRecord): Promise<boolean> {
    return features.saveDraft(this.pool, d);
  }

  async getDraft(taskId: string, userId: string): Promise<DraftRecord | null> {
    return features.getDraft(this.pool, taskId, userId);
  }

  async deleteDrafts(taskId: string): Promise<void> {
    await this.pool.query('DELETE FROM drafts WHERE task_id = $1', [taskId]);
  }

  async bookMeetingSlot(b: MeetingBookingRecord): Promise<boolean> {
    return inTransaction(this.pool, (c) => features.bookMeetingSlot(c, b));
  }

  async listMeetingBookings(from: string, to: string): Promise<MeetingBookingRow[]> {
    return features.listMeetingBookings(this.pool, from, to);
  }

  async takeCaseloadPlace(p: CaseloadPlace, limit: number): Promise<boolean> {
    return inTransaction(this.pool, (c) => features.takeCaseloadPlace(c, p, limit));
  }

  async releaseCaseloadPlace(instanceId: string): Promise<void> {
    await this.pool.query('DELETE FROM caseload_places WHERE instance_id = $1', [instanceId]);
  }

  async countCaseloads(processKey: string, holders: string[]): Promise<Map<string, number>> {
    return features.countCaseloads(this.pool, processKey, holders);
  }

  async listWaiting(q: WaitingQuery): Promise<WaitingEntry[]> {
    return features.listWaiting(this.pool, q);
  }

  async recordEmployerContacts(r: EmployerContactRecord): Promise<void> {
    await features.recordEmployerContacts(this.pool, r);
  }

  async employerContactWeeks(fromWeek: string, toWeek: string): Promise<EmployerContactWeek[]> {
    return features.employerContactWeeks(this.pool, fromWeek, toWeek);
  }

  async ipsFigures(): Promise<IpsFigureRow[]> {
    return features.ipsFigures(this.pool);
  }

  async ipsJobFigures(): Promise<IpsJobRow[]> {
    return figures.ipsJobFigures(this.pool);
  }

  async workAbilityScores(): Promise<WorkAbilityScoreRow[]> {
    return figures.workAbilityScores(this.pool);
  }

  async listStalled(q: StalledQuery): Promise<StalledRow[]> {
    return reports.listStalled(this.pool, q);
  }

  async activityStats(processKey: string, version: number): Promise<ActivityStat[]> {
    return reports.activityStats(this.pool, processKey, version);
  }

  async countReferrals(range: { from?: string; to?: string }): Promise<ReferralCount[]> {
    return reports.countReferrals(this.pool, range);
  }

  async teamMeetingFigures(range: { from?: string; to?: string }): Promise<TeamMeetingFigures[]> {
    return reports.teamMeetingFigures(this.pool, range);
  }

  async countOutcomes(processKey: string): Promise<OutcomeCounts> {
    return reports.countOutcomes(this.pool, processKey);
  }

  async listLateTasks(q: LateTaskQuery): Promise<LateTaskRow[]> {
    return reports.listLateTasks(this.pool, q);
  }

  async countOperations(): Promise<OperationCounts> {
    return reports.countOperations(this.pool);
  }
}
