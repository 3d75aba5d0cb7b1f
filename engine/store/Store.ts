/**
 * The storage contract of Polku. Two adapters implement it: `sqlite/` (embedded default) and
 * `mongodb/`. Everything the engine keeps goes through here; nothing else touches the database.
 * The contract test suite in test/engine/store/ runs against both.
 */
import type { InstanceState, TaskState } from '../api.js';

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
  | { kind: 'timer' }
  | { kind: 'signal'; executionId: string }
  | { kind: 'message'; messageId: string }
  | { kind: 'start' };

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

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  passwordHash: string;
  createdAt: string;
}

export interface SessionRecord {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  clientRef: string | null;
  instanceId: string | null;
  /** What was read or changed, never the data itself. */
  detail: string;
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

export interface InstanceQuery {
  processKey?: string;
  state?: InstanceState;
  clientRef?: string;
  limit?: number;
}

export interface Store {
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
  /** Instances waiting in a call activity for this child. */
  findChildren(parentInstanceId: string): Promise<InstanceRecord[]>;

  /** A task by id, or null. */
  getTask(id: string): Promise<TaskRecord | null>;
  /** Tasks matching the query, oldest first. */
  listTasks(q: TaskQuery): Promise<TaskRecord[]>;
  /** Sets the assignee when the task is open and its version matches; returns false otherwise. */
  updateTaskAssignee(id: string, assignee: string | null, expectedVersion: number): Promise<boolean>;

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

  /** Inserts or replaces a user by id; usernames are unique. */
  saveUser(u: UserRecord): Promise<void>;
  /** A user by username, or null. */
  findUserByUsername(username: string): Promise<UserRecord | null>;
  /** A user by id, or null. */
  getUser(id: string): Promise<UserRecord | null>;
  /** How many users exist. */
  countUsers(): Promise<number>;

  /** Stores a new session. */
  createSession(s: SessionRecord): Promise<void>;
  /** A session by id, or null (expired ones included; the caller checks). */
  getSession(id: string): Promise<SessionRecord | null>;
  /** Removes a session; no error if absent. */
  deleteSession(id: string): Promise<void>;

  /** Appends to the access log; entries are never changed or removed. */
  appendAudit(entries: AuditRecord[]): Promise<void>;
  /** Access log of one client, oldest first. */
  listAudit(clientRef: string): Promise<AuditRecord[]>;
}
