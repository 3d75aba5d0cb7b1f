/**
 * The shared store: several engine processes on one MongoDB replica set. A step commits in one
 * multi-document transaction (`withTransaction`), which MongoDB only offers on a replica set or
 * sharded cluster; a standalone server fails the first commit. The optimistic lock is the
 * `revision` in the update filter, as in the SQLite adapter.
 *
 * Filters are built here from primitives (`text`, `num`); a caller's value is never a filter
 * object, so `{ "$gt": "" }` arriving where a string is expected matches nothing.
 * The access log has no update or delete path here; to make it append-only against other
 * clients too, give the engine's database user only find and insert on `audit`.
 */
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
import * as reports from './reports.js';
import { teamMeetingFigures } from './teamMeetings.js';
import type { ClientSession, Db, Filter, MongoClient, TransactionOptions } from 'mongodb';
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
import { collectionsOf, ensureSchema, type Collections } from './collections.js';
import * as docs from './documents.js';
import * as inbox from './inbox.js';
import * as caseload from './caseload.js';
import * as employerContacts from './employerContacts.js';
import * as accountChanges from './accountChanges.js';
import type { AccountChangeRecord } from '../ports/accountChanges.js';
import { applyStep, insertAudit, isDuplicateKey } from './steps.js';
import { claimDueTimers, releaseTimer } from './timerLeases.js';

const { text, num } = docs;

const TRANSACTION: TransactionOptions = {
  readConcern: { level: 'snapshot' },
  writeConcern: { w: 'majority', journal: true },
  readPreference: 'primary',
};

/** A row limit from caller input: a whole number, at least 0 (0 returns nothing). */
const limitOf = (n: number | undefined, fallback: number): number => Math.max(0, Math.trunc(num(n ?? fallback)) || 0);

export class MongoStore implements Store {
  private readonly db: Db;
  private readonly c: Collections;

  constructor(
    private readonly client: MongoClient,
    dbName: string,
  ) {
    this.db = client.db(dbName);
    this.c = collectionsOf(this.db);
  }

  /**
   * Runs `work` in one transaction. The driver's `withTransaction` retries only what the server
   * labels as safe to retry: the whole callback on `TransientTransactionError` (a write conflict
   * with another process, a primary stepping down), the commit alone on
   * `UnknownTransactionCommitResult`; within 120 s, with backoff. Anything else — our `conflict`
   * above all — aborts and reaches the caller at once. Commits are `w: "majority"` and journaled.
   */
  private async inTransaction(work: (session: ClientSession) => Promise<void>): Promise<void> {
    await this.client.withSession((session) => session.withTransaction(() => work(session), TRANSACTION));
  }

  async init(): Promise<void> {
    await ensureSchema(this.db, this.c);
  }

  async ping(): Promise<boolean> {
    try {
      const res = await this.db.command({ ping: 1 });
      return res.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Drops the whole database; for tests. */
  async dropDatabase(): Promise<void> {
    await this.db.dropDatabase();
  }

  async insertDeployment(d: DeploymentRecord): Promise<void> {
    try {
      await this.c.deployments.insertOne(docs.deploymentDoc(d));
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict(`version ${d.version} of ${d.processKey} exists already`);
      throw err;
    }
  }

  async insertDeployments(ds: DeploymentRecord[]): Promise<void> {
    await this.inTransaction(async (session) => {
      try {
        for (const d of ds) await this.c.deployments.insertOne(docs.deploymentDoc(d), { session });
      } catch (err) {
        if (isDuplicateKey(err)) throw conflict('a version of a process in the file exists already');
        throw err;
      }
    });
  }

  async findDeployment(processKey: string, version?: number): Promise<DeploymentRecord | null> {
    const filter: Filter<docs.DeploymentDoc> = { processKey: text(processKey) };
    if (version !== undefined) filter.version = num(version);
    const d = await this.c.deployments.findOne(filter, { sort: { version: -1 } });
    return d ? docs.toDeployment(d) : null;
  }

  async getDeployment(id: string): Promise<DeploymentRecord | null> {
    const d = await this.c.deployments.findOne({ _id: text(id) });
    return d ? docs.toDeployment(d) : null;
  }

  async findDeploymentsByHash(xmlHash: string): Promise<DeploymentRecord[]> {
    const found = await this.c.deployments
      .find({ xmlHash: text(xmlHash) })
      .sort({ processKey: 1, version: 1 })
      .toArray();
    return found.map(docs.toDeployment);
  }

  async listDeployments(all: boolean): Promise<DeploymentRecord[]> {
    const found = all
      ? await this.c.deployments.find().sort({ processKey: 1, version: 1 }).toArray()
      : await this.c.deployments
          .aggregate<docs.DeploymentDoc>([
            { $sort: { processKey: 1, version: -1 } },
            { $group: { _id: '$processKey', latest: { $first: '$$ROOT' } } },
            { $replaceRoot: { newRoot: '$latest' } },
            { $sort: { processKey: 1 } },
          ])
          .toArray();
    return found.map(docs.toDeployment);
  }

  async commitStep(step: StepCommit): Promise<void> {
    await this.inTransaction((session) => applyStep(this.c, session, step));
  }

  async getInstance(id: string): Promise<InstanceRecord | null> {
    const d = await this.c.instances.findOne({ _id: text(id) });
    return d ? docs.toInstance(d) : null;
  }

  async listInstances(q: InstanceQuery): Promise<InstanceRecord[]> {
    const limit = limitOf(q.limit, 200);
    if (limit === 0) return [];
    const filter: Filter<docs.InstanceDoc> = {};
    if (q.processKey) filter.processKey = text(q.processKey);
    if (q.state) filter.state = text(q.state) as InstanceRecord['state'];
    if (q.clientRef) filter.clientRef = text(q.clientRef);
    const found = await this.c.instances.find(filter).sort({ startedAt: -1, _id: -1 }).limit(limit).toArray();
    return found.map(docs.toInstance);
  }

  async countInstances(processKey?: string): Promise<InstanceCount[]> {
    const match = processKey === undefined ? {} : { processKey: text(processKey) };
    const found = await this.c.instances
      .aggregate<{ _id: { processKey: string; version: number; state: InstanceState }; count: number }>([
        { $match: match },
        { $group: { _id: { processKey: '$processKey', version: '$version', state: '$state' }, count: { $sum: 1 } } },
        { $sort: { '_id.processKey': 1, '_id.version': 1, '_id.state': 1 } },
      ])
      .toArray();
    return found.map((r) => ({ ...r._id, count: r.count }));
  }

  async findChildren(parentInstanceId: string): Promise<InstanceRecord[]> {
    const found = await this.c.instances
      .find({ parentInstanceId: text(parentInstanceId) })
      .sort({ startedAt: 1, _id: 1 })
      .toArray();
    return found.map(docs.toInstance);
  }

  async getTask(id: string): Promise<TaskRecord | null> {
    const d = await this.c.tasks.findOne({ _id: text(id) });
    return d ? docs.toTask(d) : null;
  }

  async listTasks(q: TaskQuery): Promise<TaskRecord[]> {
    const limit = limitOf(q.limit, 200);
    if (limit === 0) return [];
    const filter: Filter<docs.TaskDoc> = {};
    if (q.state) filter.state = text(q.state) as TaskRecord['state'];
    if (q.processKey) filter.processKey = text(q.processKey);
    if (q.instanceId) filter.instanceId = text(q.instanceId);
    if (q.assignee === null) filter.assignee = null;
    else if (q.assignee !== undefined) filter.assignee = text(q.assignee);
    if (q.roles) filter.roles = { $in: q.roles.map(text) };
    if (q.after) {
      const createdAt = text(q.after.createdAt);
      filter.$or = [{ createdAt: { $gt: createdAt } }, { createdAt, _id: { $gt: text(q.after.id) } }];
    }
    const found = await this.c.tasks.find(filter).sort({ createdAt: 1, _id: 1 }).limit(limit).toArray();
    return found.map(docs.toTask);
  }

  async listInbox(q: InboxQuery): Promise<InboxTask[]> {
    return inbox.listInbox(this.c, q);
  }

  async countInbox(q: InboxCountQuery): Promise<InboxCounts> {
    return inbox.countInbox(this.c, q);
  }

  async updateTaskAssignee(id: string, assignee: string | null, expectedVersion: number, audit: AuditRecord[] = []): Promise<boolean> {
    let matched = false;
    await this.inTransaction(async (session) => {
      const res = await this.c.tasks.updateOne(
        { _id: text(id), version: num(expectedVersion), state: 'open' },
        { $set: { assignee: assignee === null ? null : text(assignee) }, $inc: { version: 1 } },
        { session },
      );
      matched = res.matchedCount === 1;
      if (matched) await insertAudit(this.c, session, audit);
    });
    return matched;
  }

  async listHistory(instanceId: string): Promise<HistoryRecord[]> {
    const found = await this.c.history
      .find({ instanceId: text(instanceId) })
      .sort({ openedAt: 1, position: 1 })
      .toArray();
    return found.map(docs.toHistory);
  }

  async listActive(processKey?: string): Promise<HistoryRecord[]> {
    const instanceMatch: Record<string, string> = { 'instance.state': 'running' };
    if (processKey) instanceMatch['instance.processKey'] = text(processKey);
    const found = await this.c.history
      .aggregate<docs.HistoryDoc>([
        { $match: { endedAt: null } },
        { $lookup: { from: this.c.instances.collectionName, localField: 'instanceId', foreignField: '_id', as: 'instance' } },
        { $match: instanceMatch },
        { $sort: { startedAt: 1, instanceId: 1, openedAt: 1, position: 1 } },
      ])
      .toArray();
    return found.map(docs.toHistory);
  }

  async listStalled(q: StalledQuery): Promise<StalledRow[]> {
    return reports.listStalled(this.c, q);
  }

  async activityStats(processKey: string, version: number): Promise<ActivityStat[]> {
    return reports.activityStats(this.c, processKey, version);
  }

  async countReferrals(range: { from?: string; to?: string }): Promise<ReferralCount[]> {
    return reports.countReferrals(this.c, range);
  }

  async teamMeetingFigures(range: { from?: string; to?: string }): Promise<TeamMeetingFigures[]> {
    return teamMeetingFigures(this.c, range);
  }

  async countOutcomes(processKey: string): Promise<OutcomeCounts> {
    return reports.countOutcomes(this.c, processKey);
  }

  async listLateTasks(q: LateTaskQuery): Promise<LateTaskRow[]> {
    return reports.listLateTasks(this.c, q);
  }

  async countOperations(): Promise<OperationCounts> {
    return reports.countOperations(this.c);
  }

  async listDueTimers(now: string, limit: number): Promise<TimerRecord[]> {
    const n = limitOf(limit, 100);
    if (n === 0) return [];
    const found = await this.c.timers
      .find({ dueAt: { $lte: text(now) } })
      .sort({ dueAt: 1, _id: 1 })
      .limit(n)
      .toArray();
    return found.map(docs.toTimer);
  }

  async claimDueTimers(now: string, owner: string, leaseUntil: string, limit: number): Promise<TimerRecord[]> {
    return claimDueTimers(this.c, now, owner, leaseUntil, limitOf(limit, 100));
  }

  async releaseTimer(id: string, owner: string, failure: { retryAt: string } | null): Promise<number | null> {
    return releaseTimer(this.c, id, owner, failure);
  }

  async nextTimerDue(): Promise<string | null> {
    const first = await this.c.timers.findOne({}, { sort: { dueAt: 1, _id: 1 }, projection: { dueAt: 1 } });
    return first?.dueAt ?? null;
  }

  async findSubscriptions(instanceId: string, messageName: string): Promise<SubscriptionRecord[]> {
    const found = await this.c.subscriptions
      .find({ instanceId: text(instanceId), messageName: text(messageName) })
      .sort({ executionId: 1 })
      .toArray();
    return found.map(docs.toSubscription);
  }

  async eraseClientData(clientRef: string, audit: AuditRecord[]): Promise<number> {
    let erased = 0;
    await this.inTransaction(async (session) => {
      const ended = await this.c.instances
        .find({ clientRef: text(clientRef), state: { $in: ['completed', 'cancelled'] } }, { session, projection: { _id: 1 } })
        .toArray();
      const ids = ended.map((d) => d._id);
      await this.c.tasks.updateMany({ instanceId: { $in: ids } }, { $set: { data: null } }, { session });
      const res = await this.c.instances.updateMany(
        { _id: { $in: ids } },
        { $set: { variables: '{}', businessKey: null, engineState: null } },
        { session },
      );
      await insertAudit(this.c, session, audit);
      erased = res.modifiedCount;
    });
    return erased;
  }

  async saveUser(u: UserRecord): Promise<void> {
    try {
      await this.c.users.updateOne(
        { _id: text(u.id) },
        {
          $set: {
            username: text(u.username),
            displayName: u.displayName,
            roles: u.roles.map(text),
            passwordHash: u.passwordHash,
            disabled: u.disabled === true,
          },
          $setOnInsert: { createdAt: u.createdAt },
        },
        { upsert: true },
      );
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict('the username is taken');
      throw err;
    }
  }

  async findUserByUsername(username: string): Promise<UserRecord | null> {
    const d = await this.c.users.findOne({ username: text(username) });
    return d ? docs.toUser(d) : null;
  }

  async getUser(id: string): Promise<UserRecord | null> {
    const d = await this.c.users.findOne({ _id: text(id) });
    return d ? docs.toUser(d) : null;
  }

  async countUsers(): Promise<number> {
    return this.c.users.countDocuments();
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.c.users.find({}).sort({ username: 1 }).toArray()).map(docs.toUser);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.c.sessions.insertOne({
      _id: text(s.id),
      userId: text(s.userId),
      csrfToken: s.csrfToken,
      createdAt: s.createdAt,
      expiresAt: s.expiresAt,
      ...(s.lastSeenAt ? { lastSeenAt: s.lastSeenAt } : {}),
    });
  }

  async touchSession(id: string, lastSeenAt: string): Promise<void> {
    await this.c.sessions.updateOne({ _id: text(id) }, { $set: { lastSeenAt: text(lastSeenAt) } });
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await this.c.sessions.deleteMany({ userId: text(userId) });
  }

  async recordLoginFailure(key: string, at: string, forgetBefore: string): Promise<void> {
    await this.c.loginFailures.deleteMany({ key: text(key), at: { $lt: text(forgetBefore) } });
    await this.c.loginFailures.insertOne({ key: text(key), at: text(at) });
  }

  async countLoginFailures(key: string, since: string): Promise<number> {
    return this.c.loginFailures.countDocuments({ key: text(key), at: { $gte: text(since) } });
  }

  async clearLoginFailures(key: string): Promise<void> {
    await this.c.loginFailures.deleteMany({ key: text(key) });
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const d = await this.c.sessions.findOne({ _id: text(id) });
    return d ? docs.toSession(d) : null;
  }

  async deleteSession(id: string): Promise<void> {
    await this.c.sessions.deleteOne({ _id: text(id) });
  }

  async listDisplayNames(userIds: string[]): Promise<Map<string, string>> {
    const found = await this.c.users.find({ _id: { $in: [...new Set(userIds)].map(text) } }, { projection: { displayName: 1 } }).toArray();
    return new Map(found.map((u) => [u._id, u.displayName]));
  }

  async bookMeetingSlot(b: MeetingBookingRecord): Promise<boolean> {
    // The slot is the document id: the unique _id index lets one instance hold it, whoever races.
    await this.c.meetingBookings.deleteMany({ instanceId: text(b.instanceId), _id: { $gte: text(b.bookedAt), $ne: text(b.slot) } });
    const answer = { confirmed: b.confirmed, ...(b.parties ? { parties: b.parties } : {}) };
    try {
      await this.c.meetingBookings.insertOne({
        _id: text(b.slot),
        instanceId: text(b.instanceId),
        bookedAt: text(b.bookedAt),
        parties: [],
        ...answer,
      });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    // The instance's own booking takes its new parties and confirmation; another's is left alone.
    const own = await this.c.meetingBookings.updateOne({ _id: text(b.slot), instanceId: text(b.instanceId) }, { $set: answer });
    return own.matchedCount === 1;
  }

  async ipsFigures(): Promise<IpsFigureRow[]> {
    // Variables and task data are JSON text in this adapter: the grouping runs here, over two reads.
    const paths = await this.c.instances.find({ processKey: 'supported-employment' }, { projection: { variables: 1 } }).toArray();
    const episodes = await this.c.tasks
      .find({ formKey: 'ips-episode', state: 'completed' }, { projection: { instanceId: 1, data: 1 } })
      .toArray();
    const jobsOf = new Map<string, number>();
    for (const t of episodes) {
      const data = t.data ? (JSON.parse(t.data) as { ipsEvent?: unknown }) : {};
      if (data.ipsEvent === 'employment-started') jobsOf.set(t.instanceId, (jobsOf.get(t.instanceId) ?? 0) + 1);
    }
    const groups = new Map<string, IpsFigureRow>();
    for (const p of paths) {
      const v = JSON.parse(p.variables) as { municipality?: unknown; referralSource?: unknown };
      if (typeof v.referralSource !== 'string') continue;
      const municipality = typeof v.municipality === 'string' ? v.municipality : null;
      const key = JSON.stringify([municipality, v.referralSource]);
      const row = groups.get(key) ?? { municipality, referralSource: v.referralSource, clients: 0, employedPersons: 0, jobs: 0 };
      const jobs = jobsOf.get(String(p._id)) ?? 0;
      row.clients += 1;
      row.employedPersons += jobs > 0 ? 1 : 0;
      row.jobs += jobs;
      groups.set(key, row);
    }
    const order = (r: IpsFigureRow) => `${r.municipality ?? ''}\u0000${r.referralSource ?? ''}`;
    return [...groups.values()].sort((a, b) => order(a).localeCompare(order(b)));
  }

  async ipsJobFigures(): Promise<IpsJobRow[]> {
    // Task data and variables are JSON text in this adapter: the grouping runs here, over two reads.
    const paths = await this.c.instances.find({ processKey: 'supported-employment' }, { projection: { variables: 1 } }).toArray();
    const municipalityOf = new Map<string, string | null>();
    for (const p of paths) {
      const v = JSON.parse(p.variables) as { municipality?: unknown };
      municipalityOf.set(String(p._id), typeof v.municipality === 'string' ? v.municipality : null);
    }
    const episodes = await this.c.tasks
      .find({ formKey: 'ips-episode', state: 'completed' }, { projection: { instanceId: 1, data: 1 } })
      .toArray();
    const groups = new Map<string, IpsJobRow>();
    for (const t of episodes) {
      if (!municipalityOf.has(t.instanceId)) continue;
      const data = t.data ? (JSON.parse(t.data) as { ipsEvent?: unknown; employment?: Record<string, unknown> }) : {};
      if (data.ipsEvent !== 'employment-started') continue;
      const e = data.employment ?? {};
      const row = {
        municipality: municipalityOf.get(t.instanceId) ?? null,
        sector: typeof e.sector === 'string' ? e.sector : null,
        paySubsidy: e.paySubsidy === true,
        apprenticeship: e.apprenticeship === true,
      };
      const key = JSON.stringify(row);
      groups.set(key, { ...row, jobs: (groups.get(key)?.jobs ?? 0) + 1 });
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r);
  }

  async workAbilityScores(): Promise<WorkAbilityScoreRow[]> {
    // Variables are JSON text in this adapter: read here, only the paths' process key and variables.
    const paths = await this.c.instances.find({}, { projection: { processKey: 1, variables: 1 } }).toArray();
    const rows: WorkAbilityScoreRow[] = [];
    for (const p of paths) {
      const v = JSON.parse(p.variables) as Record<string, unknown>;
      if (!Number.isInteger(v.workAbilityStart)) continue;
      rows.push({
        processKey: p.processKey,
        region: typeof v.region === 'string' ? v.region : null,
        municipality: typeof v.municipality === 'string' ? v.municipality : null,
        start: v.workAbilityStart as number,
        latest: Number.isInteger(v.workAbilityNow) ? (v.workAbilityNow as number) : null,
      });
    }
    return rows;
  }

  async takeCaseloadPlace(p: CaseloadPlace, limit: number): Promise<boolean> {
    return caseload.takeCaseloadPlace(this.c, p, limit);
  }

  async releaseCaseloadPlace(instanceId: string): Promise<void> {
    await caseload.releaseCaseloadPlace(this.c, instanceId);
  }

  async countCaseloads(processKey: string, holders: string[]): Promise<Map<string, number>> {
    return caseload.countCaseloads(this.c, processKey, holders);
  }

  async listWaiting(q: WaitingQuery): Promise<WaitingEntry[]> {
    return caseload.listWaiting(this.c, q);
  }

  async appendAccountChange(r: AccountChangeRecord): Promise<void> {
    await accountChanges.appendAccountChange(this.c, r);
  }

  async listAccountChanges(limit: number, userId?: string): Promise<AccountChangeRecord[]> {
    return accountChanges.listAccountChanges(this.c, limit, userId);
  }

  async recordEmployerContacts(r: EmployerContactRecord): Promise<void> {
    await employerContacts.recordEmployerContacts(this.c, r);
  }

  async employerContactWeeks(fromWeek: string, toWeek: string): Promise<EmployerContactWeek[]> {
    return employerContacts.employerContactWeeks(this.c, fromWeek, toWeek);
  }

  async listMeetingBookings(from: string, to: string): Promise<MeetingBookingRow[]> {
    const found = await this.c.meetingBookings
      .find({ _id: { $gte: text(from), $lt: text(to) } })
      .sort({ _id: 1 })
      .toArray();
    // The page's paths in one read, not one per booking.
    const paths = await this.c.instances
      .find({ _id: { $in: found.map((d) => d.instanceId) } }, { projection: { clientRef: 1, state: 1, variables: 1 } })
      .toArray();
    const pathOf = new Map(
      paths.map((p) => [
        p._id,
        { id: p._id, clientRef: p.clientRef, state: p.state, variables: JSON.parse(p.variables) as Record<string, unknown> },
      ]),
    );
    return found.map((d) => ({
      slot: d._id,
      instanceId: d.instanceId,
      bookedAt: d.bookedAt,
      parties: d.parties ?? [],
      confirmed: d.confirmed ?? null,
      path: pathOf.get(d.instanceId) ?? null,
    }));
  }

  async saveDraft(d: DraftRecord): Promise<boolean> {
    let saved = false;
    // The task's state is read in the same transaction as the write, so a closed task gets no draft.
    await this.inTransaction(async (session) => {
      saved = false;
      const open = await this.c.tasks.findOne({ _id: text(d.taskId), state: 'open' }, { session, projection: { _id: 1 } });
      if (!open) return;
      const key = JSON.stringify([d.taskId, d.userId]);
      await this.c.drafts.updateOne(
        { _id: key },
        { $set: { taskId: text(d.taskId), userId: text(d.userId), data: JSON.stringify(d.data), savedAt: d.savedAt } },
        { upsert: true, session },
      );
      saved = true;
    });
    return saved;
  }

  async getDraft(taskId: string, userId: string): Promise<DraftRecord | null> {
    const d = await this.c.drafts.findOne({ taskId: text(taskId), userId: text(userId) });
    return d ? { taskId: d.taskId, userId: d.userId, data: JSON.parse(d.data) as Record<string, unknown>, savedAt: d.savedAt } : null;
  }

  async deleteDrafts(taskId: string): Promise<void> {
    await this.c.drafts.deleteMany({ taskId: text(taskId) });
  }

  async appendAudit(entries: AuditRecord[]): Promise<void> {
    if (!entries.length) return;
    await this.inTransaction((session) => insertAudit(this.c, session, entries));
  }

  async listAudit(clientRef: string): Promise<AuditRecord[]> {
    const found = await this.c.audit
      .find({ clientRef: text(clientRef) })
      .sort({ at: 1, _id: 1 })
      .toArray();
    return found.map(docs.toAudit);
  }
}
