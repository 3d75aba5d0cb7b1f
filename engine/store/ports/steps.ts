/** Process instances and their history: one engine step commits atomically under the instance revision. */
import type { InstanceState } from '../../api.js';
import type { AuditRecord } from './accessLog.js';
import type { TaskRecord } from './tasks.js';
import type { SubscriptionRecord, TimerRecord } from './timers.js';

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
  /** Set when the activity was cancelled, not done: the id of the interrupting event (a boundary timer), `interrupted` when its scope was, `cancel` when the path was cancelled; null or absent: it ended normally. */
  cancelledBy?: string | null;
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

/** Process instances and their history: one engine step commits atomically under the instance revision. */
export interface StepStore {
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
  /** History rows of an instance in start order. */
  listHistory(instanceId: string): Promise<HistoryRecord[]>;
  /** Open history rows (active activities) of instances of a key, for reports. */
  listActive(processKey?: string): Promise<HistoryRecord[]>;
  /** Erases the client data of ended instances of a client (variables, business key, task data), keeping pseudonymous rows for statistics, with `audit` in the same transaction; returns how many instances were erased. */
  eraseClientData(clientRef: string, audit: AuditRecord[]): Promise<number>;
}
