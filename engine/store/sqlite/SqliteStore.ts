/**
 * The embedded store: one SQLite file, WAL journal, synchronous=FULL, one transaction per engine
 * step. better-sqlite3 is synchronous, so a step's writes cannot interleave with another's in this
 * process; across processes SQLite's write lock and the revision check keep steps atomic.
 */
import Database from 'better-sqlite3';
import { conflict } from '../../errors.js';
import type { InstanceState } from '../../api.js';
import type {
  AuditRecord,
  DeploymentRecord,
  DraftRecord,
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
  WorkAbilityScoreRow,
  MeetingBookingRecord,
  MeetingBookingRow,
  CaseloadPlace,
  EmployerContactRecord,
  EmployerContactWeek,
  WaitingEntry,
  WaitingQuery,
  SessionRecord,
  StepCommit,
  Store,
  SubscriptionRecord,
  TaskQuery,
  TaskRecord,
  TimerRecord,
  UserRecord,
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
import { migrate, SCHEMA_SQL } from './schema.js';
import * as rows from './rows.js';
import * as drafts from './drafts.js';
import * as inbox from './inbox.js';
import * as reports from './reports.js';
import { backfillReports, REPORT_SCHEMA_SQL } from './reportSchema.js';
import { teamMeetingFigures } from './teamMeetings.js';
import { FEATURE_SCHEMA_SQL } from './featureSchemas.js';
import * as meetings from './meetings.js';
import { ipsFigures, ipsJobFigures } from './ipsFigures.js';
import { workAbilityScores } from './workAbilityScores.js';
import * as caseload from './caseload.js';
import * as employerContacts from './employerContacts.js';
import * as accountChanges from './accountChanges.js';
import type { AccountChangeRecord } from '../ports/accountChanges.js';

type Row = Record<string, unknown>;

/** How long a write waits for another process's write lock before SQLITE_BUSY (then 503). */
const BUSY_MS = 5_000;
/** How long the readiness probe waits for it: a commit holds the lock for milliseconds. */
const PING_BUSY_MS = 500;

const INSTANCE_COLUMNS =
  'id, process_key, version, deployment_id, business_key, client_ref, parent_instance_id, parent_execution_id, state, started_at, ended_at, revision, variables, engine_state, incident';
const TASK_COLUMNS =
  'id, instance_id, process_key, activity_id, execution_id, name, roles, form_key, assignee, state, created_at, expected_by, completed_at, completed_by, data, version';
const named = (cols: string) =>
  cols
    .split(', ')
    .map((c) => '@' + c)
    .join(', ');
const assignments = (cols: string) =>
  cols
    .split(', ')
    .filter((c) => c !== 'id')
    .map((c) => `${c} = @${c}`)
    .join(', ');

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly stmt = new Map<string, Database.Statement>();
  private readonly commitQueue: { step: StepCommit; resolve: () => void; reject: (err: unknown) => void }[] = [];

  constructor(readonly file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma(`busy_timeout = ${BUSY_MS}`);
    this.db.pragma('foreign_keys = ON');
  }

  private q(sql: string): Database.Statement {
    let s = this.stmt.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmt.set(sql, s);
    }
    return s;
  }

  async init(): Promise<void> {
    this.db.exec(SCHEMA_SQL);
    migrate(this.db);
    inbox.backfillTaskRoles(this.db);
    this.db.exec(REPORT_SCHEMA_SQL);
    this.db.exec(FEATURE_SCHEMA_SQL);
    backfillReports(this.db);
  }

  /** A write probe: in WAL readers go on while another connection holds the write lock, so `SELECT 1` would say ready while no step can commit. */
  async ping(): Promise<boolean> {
    try {
      this.db.pragma(`busy_timeout = ${PING_BUSY_MS}`);
      try {
        this.db.exec('BEGIN IMMEDIATE');
        this.db.exec('ROLLBACK');
      } finally {
        this.db.pragma(`busy_timeout = ${BUSY_MS}`);
      }
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    // Steps handed in before close still commit (or fail) before the file closes.
    if (this.commitQueue.length) this.flushCommits();
    if (this.db.open) this.db.close();
  }

  async insertDeployment(d: DeploymentRecord): Promise<void> {
    this.insertDeploymentRow(d);
  }

  private insertDeploymentRow(d: DeploymentRecord): void {
    try {
      this.q(
        `INSERT INTO deployments (id, process_key, version, name, xml_hash, xml, deployed_at, deployed_by, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(d.id, d.processKey, d.version, d.name, d.xmlHash, d.xml, d.deployedAt, d.deployedBy, d.note ?? null);
    } catch (err) {
      if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        throw conflict(`version ${d.version} of ${d.processKey} exists already`);
      }
      throw err;
    }
  }

  async insertDeployments(ds: DeploymentRecord[]): Promise<void> {
    this.db
      .transaction(() => {
        for (const d of ds) this.insertDeploymentRow(d);
      })
      .immediate();
  }

  async findDeployment(processKey: string, version?: number): Promise<DeploymentRecord | null> {
    const r =
      version === undefined
        ? this.q('SELECT * FROM deployments WHERE process_key = ? ORDER BY version DESC LIMIT 1').get(processKey)
        : this.q('SELECT * FROM deployments WHERE process_key = ? AND version = ?').get(processKey, version);
    return r ? rows.toDeployment(r as Row) : null;
  }

  async getDeployment(id: string): Promise<DeploymentRecord | null> {
    const r = this.q('SELECT * FROM deployments WHERE id = ?').get(id);
    return r ? rows.toDeployment(r as Row) : null;
  }

  async findDeploymentsByHash(xmlHash: string): Promise<DeploymentRecord[]> {
    return this.q('SELECT * FROM deployments WHERE xml_hash = ? ORDER BY process_key')
      .all(xmlHash)
      .map((r) => rows.toDeployment(r as Row));
  }

  async listDeployments(all: boolean): Promise<DeploymentRecord[]> {
    const sql = all
      ? 'SELECT * FROM deployments ORDER BY process_key, version'
      : `SELECT d.* FROM deployments d
         JOIN (SELECT process_key, MAX(version) AS v FROM deployments GROUP BY process_key) m
           ON m.process_key = d.process_key AND m.v = d.version
         ORDER BY d.process_key`;
    return this.q(sql)
      .all()
      .map((r) => rows.toDeployment(r as Row));
  }

  /**
   * Group commit: steps handed in during the same turn of the event loop (concurrent requests)
   * commit in one transaction, one fsync, each in a savepoint of its own, so a conflict fails
   * only its own step. Each caller hears back only after the shared commit is on disk.
   */
  async commitStep(step: StepCommit): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.commitQueue.push({ step, resolve, reject });
      if (this.commitQueue.length === 1) setImmediate(() => this.flushCommits());
    });
  }

  private flushCommits(): void {
    const batch = this.commitQueue.splice(0);
    if (!batch.length) return;
    const failures: unknown[] = [];
    try {
      this.db
        .transaction(() => {
          for (const item of batch) {
            try {
              this.db.transaction(() => this.applyStep(item.step))();
              failures.push(null);
            } catch (err) {
              failures.push(err);
            }
          }
        })
        .immediate();
    } catch (err) {
      for (const item of batch) item.reject(err);
      return;
    }
    batch.forEach((item, i) => (failures[i] ? item.reject(failures[i]) : item.resolve()));
  }

  private applyStep(step: StepCommit): void {
    const { instance } = step;
    const params = rows.instanceParams(instance);
    if (step.expectedRevision === 0) {
      const exists = this.q('SELECT 1 FROM instances WHERE id = ?').get(instance.id);
      if (exists) throw conflict('the instance exists already');
      this.q(`INSERT INTO instances (${INSTANCE_COLUMNS}) VALUES (${named(INSTANCE_COLUMNS)})`).run(params);
    } else {
      const res = this.q(
        `UPDATE instances SET state = @state, ended_at = @ended_at, revision = @revision, variables = @variables,
           engine_state = @engine_state, incident = @incident, client_ref = @client_ref,
           version = @version, deployment_id = @deployment_id
         WHERE id = @id AND revision = @expected`,
      ).run({ ...params, expected: step.expectedRevision });
      if (res.changes !== 1) throw conflict('the process instance was changed by someone else');
    }
    for (const task of step.tasks) this.upsertTask(task);
    if (step.timers) this.replaceTimers(instance.id, step.timers);
    if (step.subscriptions) this.replaceSubscriptions(instance.id, step.subscriptions);
    for (const h of step.history) {
      this.q(
        `INSERT INTO history (instance_id, execution_id, activity_id, name, type, started_at, ended_at, expected_by, by_user, stalled_reason, milestone, cancelled_by)
         VALUES (@instanceId, @executionId, @activityId, @name, @type, @startedAt, @endedAt, @expectedBy, @by, @stalledReason, @milestone, @cancelledBy)
         ON CONFLICT (instance_id, execution_id) DO UPDATE SET ended_at = excluded.ended_at, by_user = excluded.by_user,
           activity_id = excluded.activity_id, name = excluded.name, cancelled_by = excluded.cancelled_by`,
      ).run({ ...h, stalledReason: h.stalledReason ?? null, milestone: h.milestone ?? null, cancelledBy: h.cancelledBy ?? null });
    }
    if (step.audit?.length) this.insertAudit(step.audit);
    for (const related of step.related ?? []) this.applyStep(related);
  }

  /** The instance's timers become exactly these: new rows, free of any lease, no attempts. */
  private replaceTimers(instanceId: string, timers: TimerRecord[]): void {
    this.q('DELETE FROM timers WHERE instance_id = ?').run(instanceId);
    for (const t of timers) {
      this.q('INSERT INTO timers (id, instance_id, activity_id, execution_id, due_at) VALUES (?, ?, ?, ?, ?)').run(
        t.id,
        t.instanceId,
        t.activityId,
        t.executionId,
        t.dueAt,
      );
    }
  }

  private replaceSubscriptions(instanceId: string, subscriptions: SubscriptionRecord[]): void {
    this.q('DELETE FROM subscriptions WHERE instance_id = ?').run(instanceId);
    for (const s of subscriptions) {
      this.q('INSERT OR IGNORE INTO subscriptions (instance_id, message_name, activity_id, execution_id) VALUES (?, ?, ?, ?)').run(
        s.instanceId,
        s.messageName,
        s.activityId,
        s.executionId,
      );
    }
  }

  /** A changed task must still be at the version before the change, else someone else changed it. */
  private upsertTask(task: TaskRecord): void {
    const params = rows.taskParams(task);
    const prepare = (sql: string) => this.q(sql);
    if (task.version === 1) {
      const res = this.q(
        `INSERT INTO tasks (${TASK_COLUMNS}) VALUES (${named(TASK_COLUMNS)})
         ON CONFLICT (id) DO NOTHING`,
      ).run(params);
      if (res.changes === 1) inbox.syncTaskRoles(prepare, task);
      return;
    }
    const res = this.q(
      `UPDATE tasks SET ${assignments(TASK_COLUMNS)}
       WHERE id = @id AND version = @expected`,
    ).run({ ...params, expected: task.version - 1 });
    if (res.changes !== 1) throw conflict('the task was changed by someone else');
    inbox.syncTaskRoles(prepare, task);
    // A completed or cancelled task's drafts go in the same commit.
    if (task.state !== 'open') drafts.deleteDrafts(prepare, task.id);
  }

  async countInstances(processKey?: string): Promise<InstanceCount[]> {
    const where = processKey === undefined ? '' : 'WHERE process_key = ?';
    const found = this.q(
      `SELECT process_key, version, state, COUNT(*) AS n FROM instances ${where}
       GROUP BY process_key, version, state ORDER BY process_key, version, state`,
    ).all(...(processKey === undefined ? [] : [processKey])) as Row[];
    return found.map((r) => ({
      processKey: String(r.process_key),
      version: Number(r.version),
      state: r.state as InstanceState,
      count: Number(r.n),
    }));
  }

  async getInstance(id: string): Promise<InstanceRecord | null> {
    const r = this.q('SELECT * FROM instances WHERE id = ?').get(id);
    return r ? rows.toInstance(r as Row) : null;
  }

  async listInstances(q: InstanceQuery): Promise<InstanceRecord[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.processKey) {
      where.push('process_key = ?');
      args.push(q.processKey);
    }
    if (q.state) {
      where.push('state = ?');
      args.push(q.state);
    }
    if (q.clientRef) {
      where.push('client_ref = ?');
      args.push(q.clientRef);
    }
    const sql = `SELECT * FROM instances ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY started_at DESC, id DESC LIMIT ?`;
    return this.q(sql)
      .all(...args, q.limit ?? 200)
      .map((r) => rows.toInstance(r as Row));
  }

  async findChildren(parentInstanceId: string): Promise<InstanceRecord[]> {
    return this.q('SELECT * FROM instances WHERE parent_instance_id = ? ORDER BY started_at')
      .all(parentInstanceId)
      .map((r) => rows.toInstance(r as Row));
  }

  async getTask(id: string): Promise<TaskRecord | null> {
    const r = this.q('SELECT * FROM tasks WHERE id = ?').get(id);
    return r ? rows.toTask(r as Row) : null;
  }

  async listTasks(q: TaskQuery): Promise<TaskRecord[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.state) {
      where.push('state = ?');
      args.push(q.state);
    }
    if (q.processKey) {
      where.push('process_key = ?');
      args.push(q.processKey);
    }
    if (q.instanceId) {
      where.push('instance_id = ?');
      args.push(q.instanceId);
    }
    if (q.assignee === null) where.push('assignee IS NULL');
    else if (q.assignee !== undefined) {
      where.push('assignee = ?');
      args.push(q.assignee);
    }
    if (q.roles) {
      where.push(`EXISTS (SELECT 1 FROM json_each(tasks.roles) r WHERE r.value IN (SELECT value FROM json_each(?)))`);
      args.push(JSON.stringify(q.roles));
    }
    if (q.after) {
      where.push('(created_at > ? OR (created_at = ? AND id > ?))');
      args.push(q.after.createdAt, q.after.createdAt, q.after.id);
    }
    const sql = `SELECT * FROM tasks ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY created_at, id LIMIT ?`;
    return this.q(sql)
      .all(...args, q.limit ?? 200)
      .map((r) => rows.toTask(r as Row));
  }

  async listInbox(q: InboxQuery): Promise<InboxTask[]> {
    return inbox.listInbox((sql) => this.q(sql), q);
  }

  async countInbox(q: InboxCountQuery): Promise<InboxCounts> {
    return inbox.countInbox((sql) => this.q(sql), q);
  }

  async updateTaskAssignee(id: string, assignee: string | null, expectedVersion: number, audit: AuditRecord[] = []): Promise<boolean> {
    return this.db
      .transaction(() => {
        const res = this.q(`UPDATE tasks SET assignee = ?, version = version + 1 WHERE id = ? AND version = ? AND state = 'open'`).run(
          assignee,
          id,
          expectedVersion,
        );
        if (res.changes !== 1) return false;
        inbox.syncTaskAssignee((sql) => this.q(sql), id, assignee);
        this.insertAudit(audit);
        return true;
      })
      .immediate();
  }

  async listHistory(instanceId: string): Promise<HistoryRecord[]> {
    return this.q('SELECT * FROM history WHERE instance_id = ? ORDER BY seq')
      .all(instanceId)
      .map((r) => rows.toHistory(r as Row));
  }

  async listActive(processKey?: string): Promise<HistoryRecord[]> {
    const sql = processKey
      ? `SELECT h.* FROM history h JOIN instances i ON i.id = h.instance_id
         WHERE h.ended_at IS NULL AND i.state = 'running' AND i.process_key = ? ORDER BY h.started_at`
      : `SELECT h.* FROM history h JOIN instances i ON i.id = h.instance_id
         WHERE h.ended_at IS NULL AND i.state = 'running' ORDER BY h.started_at`;
    return (processKey ? this.q(sql).all(processKey) : this.q(sql).all()).map((r) => rows.toHistory(r as Row));
  }

  async listStalled(q: StalledQuery): Promise<StalledRow[]> {
    return reports.listStalled((sql) => this.q(sql), q);
  }

  async activityStats(processKey: string, version: number): Promise<ActivityStat[]> {
    return reports.activityStats((sql) => this.q(sql), processKey, version);
  }

  async countReferrals(range: { from?: string; to?: string }): Promise<ReferralCount[]> {
    return reports.countReferrals((sql) => this.q(sql), range);
  }

  async teamMeetingFigures(range: { from?: string; to?: string }): Promise<TeamMeetingFigures[]> {
    return teamMeetingFigures((sql) => this.q(sql), range);
  }

  async countOutcomes(processKey: string): Promise<OutcomeCounts> {
    return reports.countOutcomes((sql) => this.q(sql), processKey);
  }

  async listLateTasks(q: LateTaskQuery): Promise<LateTaskRow[]> {
    return reports.listLateTasks((sql) => this.q(sql), q);
  }

  async countOperations(): Promise<OperationCounts> {
    return reports.countOperations((sql) => this.q(sql));
  }

  async listDueTimers(now: string, limit: number): Promise<TimerRecord[]> {
    return this.q('SELECT * FROM timers WHERE due_at <= ? ORDER BY due_at, id LIMIT ?')
      .all(now, limit)
      .map((r) => rows.toTimer(r as Row));
  }

  async claimDueTimers(now: string, owner: string, leaseUntil: string, limit: number): Promise<TimerRecord[]> {
    // One UPDATE … RETURNING under SQLite's write lock: no other process can take the same rows.
    const taken = this.q(
      `UPDATE timers SET lease_owner = @owner, lease_until = @leaseUntil
       WHERE id IN (
         SELECT t.id FROM timers t JOIN instances i ON i.id = t.instance_id AND i.state = 'running'
         WHERE t.due_at <= @now AND (t.lease_until IS NULL OR t.lease_until <= @now)
         ORDER BY t.due_at, t.id LIMIT @limit)
       RETURNING *`,
    ).all({ now, owner, leaseUntil, limit });
    return taken
      .map((r) => ({ ...rows.toTimer(r as Row), attempts: Number((r as Row).attempts) }))
      .sort((a, b) => (a.dueAt === b.dueAt ? (a.id < b.id ? -1 : 1) : a.dueAt < b.dueAt ? -1 : 1));
  }

  async releaseTimer(id: string, owner: string, failure: { retryAt: string } | null): Promise<number | null> {
    const r = (
      failure
        ? this.q(`UPDATE timers SET attempts = attempts + 1, lease_until = ? WHERE id = ? AND lease_owner = ? RETURNING attempts`).get(
            failure.retryAt,
            id,
            owner,
          )
        : this.q(`UPDATE timers SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? RETURNING attempts`).get(
            id,
            owner,
          )
    ) as { attempts: number } | undefined;
    return r ? Number(r.attempts) : null;
  }

  async nextTimerDue(): Promise<string | null> {
    const r = this.q('SELECT MIN(due_at) AS due FROM timers').get() as { due: string | null };
    return r.due;
  }

  async findSubscriptions(instanceId: string, messageName: string): Promise<SubscriptionRecord[]> {
    return this.q('SELECT * FROM subscriptions WHERE instance_id = ? AND message_name = ?')
      .all(instanceId, messageName)
      .map((r) => {
        const row = r as Row;
        return {
          instanceId: String(row.instance_id),
          messageName: String(row.message_name),
          activityId: String(row.activity_id),
          executionId: String(row.execution_id),
        };
      });
  }

  async eraseClientData(clientRef: string, audit: AuditRecord[]): Promise<number> {
    return this.db
      .transaction(() => {
        const ended = `SELECT id FROM instances WHERE client_ref = ? AND state IN ('completed', 'cancelled')`;
        this.q(`UPDATE tasks SET data = NULL WHERE instance_id IN (${ended})`).run(clientRef);
        const res = this.q(`UPDATE instances SET variables = '{}', business_key = NULL, engine_state = NULL WHERE id IN (${ended})`).run(
          clientRef,
        );
        this.insertAudit(audit);
        return res.changes;
      })
      .immediate();
  }

  async saveUser(u: UserRecord): Promise<void> {
    const holder = this.q('SELECT id FROM users WHERE username = ?').get(u.username) as { id: string } | undefined;
    if (holder && holder.id !== u.id) throw conflict(`the username is taken`);
    this.q(
      `INSERT INTO users (id, username, display_name, roles, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name,
         roles = excluded.roles, password_hash = excluded.password_hash, disabled = excluded.disabled`,
    ).run(u.id, u.username, u.displayName, JSON.stringify(u.roles), u.passwordHash, u.createdAt, u.disabled ? 1 : 0);
  }

  async listUsers(): Promise<UserRecord[]> {
    return this.q('SELECT * FROM users ORDER BY username')
      .all()
      .map((r) => rows.toUser(r as Row));
  }

  async findUserByUsername(username: string): Promise<UserRecord | null> {
    const r = this.q('SELECT * FROM users WHERE username = ?').get(username);
    return r ? rows.toUser(r as Row) : null;
  }

  async getUser(id: string): Promise<UserRecord | null> {
    const r = this.q('SELECT * FROM users WHERE id = ?').get(id);
    return r ? rows.toUser(r as Row) : null;
  }

  async countUsers(): Promise<number> {
    return Number((this.q('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n);
  }

  async createSession(s: SessionRecord): Promise<void> {
    this.q('INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      s.id,
      s.userId,
      s.csrfToken,
      s.createdAt,
      s.expiresAt,
      s.lastSeenAt ?? null,
    );
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const r = this.q('SELECT * FROM sessions WHERE id = ?').get(id);
    return r ? rows.toSession(r as Row) : null;
  }

  async touchSession(id: string, lastSeenAt: string): Promise<void> {
    this.q('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(lastSeenAt, id);
  }

  async deleteSession(id: string): Promise<void> {
    this.q('DELETE FROM sessions WHERE id = ?').run(id);
  }

  async listDisplayNames(userIds: string[]): Promise<Map<string, string>> {
    const found = this.q('SELECT id, display_name FROM users WHERE id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify([...new Set(userIds)]),
    ) as { id: string; display_name: string }[];
    return new Map(found.map((r) => [r.id, r.display_name]));
  }

  async saveDraft(d: DraftRecord): Promise<boolean> {
    return drafts.saveDraft((sql) => this.q(sql), d);
  }

  async bookMeetingSlot(b: MeetingBookingRecord): Promise<boolean> {
    return this.db.transaction(() => meetings.bookMeetingSlot((sql) => this.q(sql), b))();
  }

  async ipsFigures(): Promise<IpsFigureRow[]> {
    return ipsFigures((sql) => this.q(sql));
  }

  async ipsJobFigures(): Promise<IpsJobRow[]> {
    return ipsJobFigures((sql) => this.q(sql));
  }

  async workAbilityScores(): Promise<WorkAbilityScoreRow[]> {
    return workAbilityScores((sql) => this.q(sql));
  }

  async takeCaseloadPlace(p: CaseloadPlace, limit: number): Promise<boolean> {
    return this.db.transaction(() => caseload.takeCaseloadPlace((sql) => this.q(sql), p, limit)).immediate();
  }

  async releaseCaseloadPlace(instanceId: string): Promise<void> {
    caseload.releaseCaseloadPlace((sql) => this.q(sql), instanceId);
  }

  async countCaseloads(processKey: string, holders: string[]): Promise<Map<string, number>> {
    return caseload.countCaseloads((sql) => this.q(sql), processKey, holders);
  }

  async listWaiting(q: WaitingQuery): Promise<WaitingEntry[]> {
    return caseload.listWaiting((sql) => this.q(sql), q);
  }

  async appendAccountChange(r: AccountChangeRecord): Promise<void> {
    accountChanges.appendAccountChange((sql) => this.q(sql), r);
  }

  async listAccountChanges(limit: number, userId?: string): Promise<AccountChangeRecord[]> {
    return accountChanges.listAccountChanges((sql) => this.q(sql), limit, userId);
  }

  async recordEmployerContacts(r: EmployerContactRecord): Promise<void> {
    employerContacts.recordEmployerContacts((sql) => this.q(sql), r);
  }

  async employerContactWeeks(fromWeek: string, toWeek: string): Promise<EmployerContactWeek[]> {
    return employerContacts.employerContactWeeks((sql) => this.q(sql), fromWeek, toWeek);
  }

  async listMeetingBookings(from: string, to: string): Promise<MeetingBookingRow[]> {
    return meetings.listMeetingBookings((sql) => this.q(sql), from, to);
  }

  async getDraft(taskId: string, userId: string): Promise<DraftRecord | null> {
    return drafts.getDraft((sql) => this.q(sql), taskId, userId);
  }

  async deleteDrafts(taskId: string): Promise<void> {
    drafts.deleteDrafts((sql) => this.q(sql), taskId);
  }

  async deleteUserSessions(userId: string): Promise<void> {
    this.q('DELETE FROM sessions WHERE user_id = ?').run(userId);
  }

  async recordLoginFailure(key: string, at: string, forgetBefore: string): Promise<void> {
    this.db
      .transaction(() => {
        this.q('DELETE FROM login_failures WHERE key = ? AND at < ?').run(key, forgetBefore);
        this.q('INSERT INTO login_failures (key, at) VALUES (?, ?)').run(key, at);
      })
      .immediate();
  }

  async countLoginFailures(key: string, since: string): Promise<number> {
    return Number((this.q('SELECT COUNT(*) AS n FROM login_failures WHERE key = ? AND at >= ?').get(key, since) as { n: number }).n);
  }

  async clearLoginFailures(key: string): Promise<void> {
    this.q('DELETE FROM login_failures WHERE key = ?').run(key);
  }

  async appendAudit(entries: AuditRecord[]): Promise<void> {
    this.db.transaction(() => this.insertAudit(entries))();
  }

  private insertAudit(entries: AuditRecord[]): void {
    for (const a of entries) {
      this.q('INSERT INTO audit (at, actor, action, client_ref, instance_id, detail, role, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        a.at,
        a.actor,
        a.action,
        a.clientRef,
        a.instanceId,
        a.detail,
        a.role ?? null,
        a.why ?? null,
      );
    }
  }

  async listAudit(clientRef: string): Promise<AuditRecord[]> {
    return this.q('SELECT * FROM audit WHERE client_ref = ? ORDER BY seq')
      .all(clientRef)
      .map((r) => rows.toAudit(r as Row));
  }
}
