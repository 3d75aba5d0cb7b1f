/**
 * The storage contract of Polku. Two adapters implement it: `sqlite/` (embedded default) and
 * `mongodb/`. Everything the engine keeps goes through here; nothing else touches the database.
 * The contract test suite in test/engine/store/ runs against both.
 */
import type { InstanceState, TaskState } from '../api.js';
import type { AccountStore } from './AccountStore.js';
import type { AuditLog, AuditRecord } from './AuditLog.js';
import type { ReportStore } from './ReportStore.js';

export type { AccountStore, SessionRecord, UserRecord } from './AccountStore.js';
export type { AuditLog, AuditRecord } from './AuditLog.js';
export type * from './ReportStore.js';

export interface DeploymentRecord {
  id: string;
  processKey: string;
  version: number;
  name: string;
  /** sha256 of the deployed XML file; identical XML is not deployed again. */
  xmlHash: string;
  xml: string;
  deployedAt: string;
  deployedBy: string | null;
}

export interface InstanceRecord {
  id: string;
  processKey: string;
  version: number;
  deploymentId: string;
  businessKey: string | null;
  clientRef: string | null;
  parentInstanceId: string | null;
  /** The call activity execution in the parent that waits for this instance. */
  parentExecutionId: string | null;
  state: InstanceState;
  startedAt: string;
  endedAt: string | null;
  /** Grows by one per committed step; the optimistic lock. */
  revision: number;
  variables: Record<string, unknown>;
  /** Compressed bpmn-engine state without the definition source; null once ended. */
  engineState: Buffer | null;
  /** Why the instance stopped (state `failed`), kept until a retry succeeds; null otherwise. */
  incident: IncidentRecord | null;
}

/** The step that failed, so that a retry can run it again on the last good state. */
export type IncidentAction =
  { kind: 'timer' } | { kind: 'signal'; executionId: string } | { kind: 'message'; messageId: string } | { kind: 'start' };

/** A step that could not go on: the element, the engine's message, how often it was tried, when. */
export interface IncidentRecord {
  activityId: string | null;
  message: string;
  attempts: number;
  occurredAt: string;
  action: IncidentAction;
}

export interface TaskRecord {
  id: string;
  instanceId: string;
  processKey: string;
  activityId: string;
  executionId: string;
  name: string | null;
  roles: string[];
  formKey: string | null;
  assignee: string | null;
  state: TaskState;
  createdAt: string;
  expectedBy: string | null;
  completedAt: string | null;
  completedBy: string | null;
  data: Record<string, unknown> | null;
  version: number;
}

export interface TimerRecord {
  id: string;
  instanceId: string;
  activityId: string;
  executionId: string;
  dueAt: string;
  /** Failed firings so far; only set on timers returned by `claimDueTimers`. */
  attempts?: number;
}

export interface SubscriptionRecord {
  instanceId: string;
  messageName: string;
  activityId: string;
  executionId: string;
}

export interface HistoryRecord {
  instanceId: string;
  executionId: string;
  activityId: string;
  name: string | null;
  type: string;
  startedAt: string;
  endedAt: string | null;
  expectedBy: string | null;
  by: string | null;
  /** The team-rhythm rule that set expectedBy (`meeting-rhythm`, `invitation-unconfirmed`, `follow-up-missed`); null or absent: the step's own expected duration. */
  stalledReason?: string | null;
  /** The report milestone the activity's end marks (`team-meeting`), from its `milestone` property; null or absent: none. */
  milestone?: string | null;
}

/** Everything one engine step changed, committed together or not at all. */
export interface StepCommit {
  /** The instance after the step; `revision` is the new one, `expectedRevision` what was loaded (0 for a new instance). */
  instance: InstanceRecord;
  expectedRevision: number;
  /** Tasks created or changed in the step (upsert by id). */
  tasks: TaskRecord[];
  /** The complete set of the instance's pending timers after the step; omitted: the stored ones stay as they are (an incident keeps its waits). */
  timers?: TimerRecord[];
  /** The complete set of the instance's message subscriptions after the step; omitted: the stored ones stay. */
  subscriptions?: SubscriptionRecord[];
  /** History rows opened or closed in the step (upsert by instanceId + executionId). */
  history: HistoryRecord[];
  /** Optional audit entries written with the step. */
  audit?: AuditRecord[];
  /** Steps of other instances that must commit with this one (a called child's start, a parent resumed by its child's end). */
  related?: StepCommit[];
}

export interface TaskQuery {
  state?: TaskState;
  roles?: string[];
  assignee?: string | null;
  processKey?: string;
  instanceId?: string;
  limit?: number;
  /** Return tasks whose (createdAt, id) sorts after this cursor. */
  after?: { createdAt: string; id: string } | null;
}

/** A task's place in the inbox order: expectedBy ascending (none last), then createdAt, then id. */
export interface InboxPosition {
  expectedBy: string | null;
  createdAt: string;
  id: string;
}

/** A worker's task list, filtered and ordered by the store. */
export interface InboxQuery {
  /** Only tasks whose candidate roles meet one of these. */
  roles: string[];
  state: TaskState;
  /** A user's tasks, or nobody's (null); omitted: anyone's. */
  assignee?: string | null;
  /** With `assignee` a user id: that user's tasks or nobody's. */
  orUnassigned?: boolean;
  processKey?: string;
  instanceId?: string;
  /** Only tasks of paths with this pseudonym. */
  clientRef?: string;
  /** Only tasks whose expectedBy is before this time. */
  lateAt?: string;
  limit: number;
  /** Only tasks after this position in the inbox order. */
  after?: InboxPosition | null;
}

/** A task in a worker's list, with its path's pseudonym. */
export interface InboxTask extends TaskRecord {
  clientRef: string | null;
}

/** What the inbox counts: open tasks of some roles, optionally of one process or client. */
export interface InboxCountQuery {
  roles: string[];
  userId: string;
  /** Tasks whose expectedBy is before this are late. */
  now: string;
  processKey?: string;
  clientRef?: string;
}

/** Open tasks per inbox filter: the user's, nobody's, anyone's, and the late ones of anyone's. */
/** Open tasks per inbox filter; exact up to 1,000 (a store may report a larger count as 1,001). */
export interface InboxCounts {
  mine: number;
  unassigned: number;
  all: number;
  late: number;
}

/** A TTS §1 party invited to a team meeting and whether its representative confirmed. */
export interface MeetingParty {
  party: string;
  confirmed: boolean;
}

/** One client's booking of a team meeting (DOMAIN §4: one client per meeting); `slot` is the meeting's start, ISO UTC. */
export interface MeetingBookingRecord {
  slot: string;
  instanceId: string;
  bookedAt: string;
  /** The parties ticked for the meeting (no names); null on a booking leaves the ones stored. */
  parties: MeetingParty[] | null;
  /** Whether the invitations were confirmed; null until the invitation task answers. */
  confirmed: boolean | null;
}

/** A booking with what the policy decides on of its path (null when the path is gone), read with it in one query. */
export interface MeetingBookingRow extends MeetingBookingRecord {
  path: Pick<InstanceRecord, 'id' | 'clientRef' | 'state' | 'variables'> | null;
}

/** Supported-employment figures of one municipality and referral source (DOMAIN §7): persons and jobs counted apart. */
export interface IpsFigureRow {
  municipality: string | null;
  referralSource: string | null;
  /** Persons whose intake recorded a referral source. */
  clients: number;
  /** Of them, persons with at least one employment episode started. */
  employedPersons: number;
  /** Employment episodes started (one person may have several jobs). */
  jobs: number;
}

/** Jobs started in supported employment of one municipality, sector, pay subsidy and apprenticeship (the pilot's Table 2). */
export interface IpsJobRow {
  municipality: string | null;
  /** `company`, `city`, `third-sector`, or null when the episode did not say. */
  sector: string | null;
  paySubsidy: boolean;
  apprenticeship: boolean;
  jobs: number;
}

/** One path's self-rated work ability (0–10) at the start and at its latest follow-up; no identity, read only to be aggregated. */
export interface WorkAbilityScoreRow {
  processKey: string;
  /** The path's `region` variable (the regional backbone), or null. */
  region: string | null;
  municipality: string | null;
  start: number;
  /** The latest follow-up's score, or null before the first follow-up. */
  latest: number | null;
}

/** A client path's place in a worker's caseload (DOMAIN §7: at most 20 IPS clients per coach); `holder` is the worker's username. */
export interface CaseloadPlace {
  instanceId: string;
  processKey: string;
  holder: string;
  takenAt: string;
}

/** Which paths wait on a list: those of the process waiting for the message, ordered by their first entry into the activity. */
export interface WaitingQuery {
  processKey: string;
  messageName: string;
  activityId: string;
}

/** A path on a waiting list: its pseudonym and when it first came to the list. */
export interface WaitingEntry {
  instanceId: string;
  clientRef: string | null;
  since: string;
}

/** Employers a job coach contacted on one day (DOMAIN §7: at least six employers a week per coach); no client identity. */
export interface EmployerContactRecord {
  id: string;
  /** The coach's username. */
  coach: string;
  /** The day of the contacts, YYYY-MM-DD. */
  contactedOn: string;
  /** Its ISO 8601 week, YYYY-Www, kept so that the weeks group in the database. */
  isoWeek: string;
  employers: number;
  recordedAt: string;
}

/** One coach's employers contacted in one ISO week. */
export interface EmployerContactWeek {
  coach: string;
  isoWeek: string;
  employers: number;
}

/** A worker's unfinished input for a task: not validated, never merged into the path. */
export interface DraftRecord {
  taskId: string;
  userId: string;
  data: Record<string, unknown>;
  savedAt: string;
}

export interface InstanceQuery {
  processKey?: string;
  state?: InstanceState;
  clientRef?: string;
  limit?: number;
}

/** How many instances of a process version are in a state. */
export interface InstanceCount {
  processKey: string;
  version: number;
  state: InstanceState;
  count: number;
}

/** The store of client paths, with the account store, the access log and the report queries beside it. */
export interface Store extends AccountStore, AuditLog, ReportStore {
  /** Creates tables/indexes if missing; safe to call on every start. */
  init(): Promise<void>;
  /** True when the database answers; never throws. */
  ping(): Promise<boolean>;
  /** Releases the connection. */
  close(): Promise<void>;

  /** Inserts a deployment; throws conflict when (processKey, version) exists already. */
  insertDeployment(d: DeploymentRecord): Promise<void>;
  /** Inserts the deployments of one file in one transaction: all of them or, on any conflict or error, none. */
  insertDeployments(ds: DeploymentRecord[]): Promise<void>;
  /** The deployment of a key at a version, or the latest when version is omitted; null if none. */
  findDeployment(processKey: string, version?: number): Promise<DeploymentRecord | null>;
  /** A deployment by id, or null. */
  getDeployment(id: string): Promise<DeploymentRecord | null>;
  /** All deployments whose XML hashes to this value. */
  findDeploymentsByHash(xmlHash: string): Promise<DeploymentRecord[]>;
  /** Latest of each key, or every version when `all`; ordered by key then version. */
  listDeployments(all: boolean): Promise<DeploymentRecord[]>;

  /** Applies one engine step atomically; throws AppError conflict (and writes nothing) when the stored revision is not `expectedRevision`. */
  commitStep(step: StepCommit): Promise<void>;
  /** An instance by id, or null. */
  getInstance(id: string): Promise<InstanceRecord | null>;
  /** Instances matching the query, newest first. */
  listInstances(q: InstanceQuery): Promise<InstanceRecord[]>;
  /** Instances per process key, version and state, counted by the database; ordered by key, version, state. */
  countInstances(processKey?: string): Promise<InstanceCount[]>;
  /** Instances waiting in a call activity for this child. */
  findChildren(parentInstanceId: string): Promise<InstanceRecord[]>;

  /** A task by id, or null. */
  getTask(id: string): Promise<TaskRecord | null>;
  /** Tasks matching the query, oldest first. */
  listTasks(q: TaskQuery): Promise<TaskRecord[]>;
  /** Tasks of the query in inbox order (expectedBy ascending, none last; createdAt; id), with each path's clientRef. */
  listInbox(q: InboxQuery): Promise<InboxTask[]>;
  /** Counts open tasks per inbox filter with COUNT queries; a task with several matching roles counts once. */
  countInbox(q: InboxCountQuery): Promise<InboxCounts>;
  /** Sets the assignee when the task is open and its version matches, writing `audit` in the same transaction; returns false (and writes nothing) otherwise. */
  updateTaskAssignee(id: string, assignee: string | null, expectedVersion: number, audit?: AuditRecord[]): Promise<boolean>;

  /** History rows of an instance in start order. */
  listHistory(instanceId: string): Promise<HistoryRecord[]>;
  /** Open history rows (active activities) of instances of a key, for reports. */
  listActive(processKey?: string): Promise<HistoryRecord[]>;

  /** Timers due at or before `now`, oldest first. */
  listDueTimers(now: string, limit: number): Promise<TimerRecord[]>;
  /** Leases up to `limit` due timers of running instances whose lease is free or expired at `now` to `owner` until `leaseUntil`, oldest first; atomic, so two callers never get the same timer. */
  claimDueTimers(now: string, owner: string, leaseUntil: string, limit: number): Promise<TimerRecord[]>;
  /** Gives a timer `owner` still leases back: a failure counts one attempt and holds it until `retryAt` (null: free at once); returns its attempts, or null when the lease was lost (the timer fired or was re-leased). */
  releaseTimer(id: string, owner: string, failure: { retryAt: string } | null): Promise<number | null>;
  /** The earliest pending timer's due time, or null. */
  nextTimerDue(): Promise<string | null>;
  /** Subscriptions of an instance waiting for a message name. */
  findSubscriptions(instanceId: string, messageName: string): Promise<SubscriptionRecord[]>;

  /** Display names of the users among these ids (unknown ids are left out), in one query. */
  listDisplayNames(userIds: string[]): Promise<Map<string, string>>;

  /** Saves (replaces) a user's draft of an open task; false, and nothing saved, when the task is not open. A step closing the task removes its drafts. */
  saveDraft(d: DraftRecord): Promise<boolean>;
  /** Books the meeting slot for the instance (or updates its parties and confirmation), dropping its own bookings of later slots; false when another instance holds the slot (a unique index decides). */
  bookMeetingSlot(b: MeetingBookingRecord): Promise<boolean>;
  /** Supported-employment figures per municipality and referral source, from the supported-employment paths and their ips-episode forms. */
  ipsFigures(): Promise<IpsFigureRow[]>;
  /** Supported-employment jobs (ips-episode forms saying an employment started) per municipality, sector, pay subsidy and apprenticeship. */
  ipsJobFigures(): Promise<IpsJobRow[]>;
  /** The self-rated work-ability scores of every path that recorded a start score (`workAbilityStart`, latest `workAbilityNow`). */
  workAbilityScores(): Promise<WorkAbilityScoreRow[]>;
  /** Gives the path a place in the holder's caseload (moving its own place from another holder) when the holder's other running paths are fewer than `limit`; atomic, so racing takers never pass the limit. */
  takeCaseloadPlace(p: CaseloadPlace, limit: number): Promise<boolean>;
  /** Gives the path's caseload place up; no error if it has none. */
  releaseCaseloadPlace(instanceId: string): Promise<void>;
  /** Running paths of the process holding a place of each holder (0 for none), counted by the database. */
  countCaseloads(processKey: string, holders: string[]): Promise<Map<string, number>>;
  /** Running paths of the process waiting for the message, by first entry into the activity (arrival order), then id. */
  listWaiting(q: WaitingQuery): Promise<WaitingEntry[]>;
  /** Stores one day's employer contacts of a coach. */
  recordEmployerContacts(r: EmployerContactRecord): Promise<void>;
  /** Employers contacted per coach and ISO week from `fromWeek` to `toWeek` (inclusive), summed by the database, by week then coach. */
  employerContactWeeks(fromWeek: string, toWeek: string): Promise<EmployerContactWeek[]>;
  /** The bookings of slots from `from` (inclusive) to `to` (exclusive), by slot, each with its path's pseudonym, state and variables. */
  listMeetingBookings(from: string, to: string): Promise<MeetingBookingRow[]>;
  /** A user's draft of a task, or null. */
  getDraft(taskId: string, userId: string): Promise<DraftRecord | null>;
  /** Removes every user's draft of a task; no error if none. */
  deleteDrafts(taskId: string): Promise<void>;

  /** Erases the client data of ended instances of a client (variables, business key, task data), keeping pseudonymous rows for statistics, with `audit` in the same transaction; returns how many instances were erased. */
  eraseClientData(clientRef: string, audit: AuditRecord[]): Promise<number>;
}
