/**
 * The public contract of the Polku engine: what use-cases, routes, scenario tests and the
 * benchmark call. Implemented by `engine/runtime/PolkuEngine.ts`, created by `createEngine`
 * in `engine/index.ts`.
 */

export type InstanceState = 'running' | 'completed' | 'cancelled' | 'failed';
export type TaskState = 'open' | 'completed' | 'cancelled';

/** A user as the engine sees it: an id and the roles that let them act. */
export interface Actor {
  id: string;
  roles: string[];
}

export interface DeploymentView {
  id: string;
  processKey: string;
  version: number;
  name: string;
  deployedAt: string;
}

/** What a process version's diagram says about starting it. */
export interface ProcessStartInfo {
  processKey: string;
  version: number;
  /** The process's own name in the diagram, or null. */
  name: string | null;
  /** `camunda:candidateStarterGroups`, else the start event lane's role; empty when the diagram names none. */
  starterRoles: string[];
  /** The start event's form, or null. */
  startFormKey: string | null;
}

export interface ActiveActivity {
  activityId: string;
  name: string | null;
  type: string;
  since: string;
  expectedBy: string | null;
}

export interface HistoryEntry {
  activityId: string;
  name: string | null;
  type: string;
  startedAt: string;
  endedAt: string | null;
  by: string | null;
  /** Null when the step ended normally; else what cancelled it (the interrupting event's id, `interrupted`, `cancel`). */
  cancelledBy: string | null;
}

export interface InstanceView {
  id: string;
  processKey: string;
  version: number;
  businessKey: string | null;
  clientRef: string | null;
  parentInstanceId: string | null;
  state: InstanceState;
  startedAt: string;
  endedAt: string | null;
  variables: Record<string, unknown>;
  active: ActiveActivity[];
  history: HistoryEntry[];
  /** Optimistic-lock counter of the stored instance; grows by one per committed engine step. */
  revision: number;
  /** Why a `failed` instance stopped; null otherwise. */
  incident: IncidentView | null;
}

/** The instance as the API shows it: no internal revision. */
export type PublicInstance = Omit<InstanceView, 'revision'>;

/** An incident as callers see it: where, what, how often tried, when. */
export interface IncidentView {
  activityId: string | null;
  message: string;
  attempts: number;
  occurredAt: string;
}

export interface RetryInput {
  /** Corrected variables, merged at top level before the failed step runs again. */
  variables?: Record<string, unknown>;
  by?: string;
  /** Access-log notes committed with the retry. */
  audit?: AuditNote[];
}

/** Which running paths of a process move from one version to another, and how its activities map. */
export interface MigrationInput {
  processKey: string;
  fromVersion: number;
  toVersion: number;
  /** Old activity id → new activity id; an id not named maps to itself. */
  mapping?: Record<string, string>;
  /** Only these instances; omitted: every running path on `fromVersion`. */
  instanceIds?: string[];
  /** Answer what would move and why not, and change nothing. */
  dryRun?: boolean;
  by?: string;
  /** Access-log notes committed with each moved instance. */
  audit?: AuditNote[];
}

/** The instances moved (or, in a dry run, that can move) and why the others cannot. */
export interface MigrationResult {
  migrated: string[];
  refused: { id: string; reason: string }[];
}

export interface TaskView {
  id: string;
  name: string | null;
  activityId: string;
  processInstanceId: string;
  processKey: string;
  role: string[];
  assignee: string | null;
  formKey: string | null;
  createdAt: string;
  expectedBy: string | null;
  completedAt: string | null;
  completedBy: string | null;
  state: TaskState;
  /** Optimistic-lock counter of the task; a stale `version` on complete is a conflict. */
  version: number;
}

export interface TaskFilter {
  state?: TaskState;
  /** Only tasks whose candidate roles meet one of these. */
  roles?: string[];
  assignee?: string | null;
  processKey?: string;
  processInstanceId?: string;
  limit?: number;
  /** Opaque cursor from an earlier page. */
  cursor?: string | null;
}

/** An access-log entry an action writes in its own commit; the engine adds when, the client and the path. */
export interface AuditNote {
  actor: string;
  action: string;
  detail: string;
  role?: string | null;
  why?: string | null;
}

export interface StartInput {
  processKey: string;
  version?: number;
  businessKey?: string;
  variables?: Record<string, unknown>;
  by?: string;
  /** An existing client to join (the use case checks the caller may see them); else a new pseudonym. */
  clientRef?: string;
  /** Written in the start's commit. */
  audit?: AuditNote[];
}

export interface CompleteInput {
  data?: Record<string, unknown>;
  /** The task version the caller saw; stale → conflict. */
  version?: number;
  actor: Actor;
  /** Written in the completion's commit. */
  audit?: AuditNote[];
}

export interface PolkuEngineApi {
  /** Validates, lints and stores every process in the XML; identical XML gives the existing versions. Throws AppError invalid_bpmn naming element ids. */
  deploy(name: string, xml: string, by?: string, note?: string): Promise<DeploymentView[]>;
  /** Latest version of each process key, or every version with `all`. */
  listDefinitions(all?: boolean): Promise<DeploymentView[]>;
  /** The XML of a process key at a version (latest when omitted); throws not_found. */
  getDefinitionXml(processKey: string, version?: number): Promise<string>;
  /** Who may start a process version and with which form, from its diagram (latest when version is omitted); throws not_found. */
  getStartInfo(processKey: string, version?: number): Promise<ProcessStartInfo>;
  /** Starts an instance and runs it to its first wait states, committed in one transaction. */
  startInstance(input: StartInput): Promise<InstanceView>;
  /** The stored instance with active activities and history; throws not_found. */
  getInstance(id: string): Promise<InstanceView>;
  /** Instances filtered by process key and state, newest first. */
  listInstances(filter: { processKey?: string; state?: InstanceState; limit?: number }): Promise<InstanceView[]>;
  /** Tasks matching the filter, oldest first. */
  listTasks(filter: TaskFilter): Promise<TaskView[]>;
  /** One task; throws not_found. */
  getTask(id: string): Promise<TaskView>;
  /** Assigns an open task to the actor; conflict when someone else holds it, not_found without the role. */
  claimTask(taskId: string, actor: Actor, audit?: AuditNote[]): Promise<TaskView>;
  /** Releases the actor's claim. */
  unclaimTask(taskId: string, actor: Actor, audit?: AuditNote[]): Promise<TaskView>;
  /** Completes an open task with data merged into the instance variables; exactly one of concurrent completions wins, the others get conflict and change nothing. */
  completeTask(taskId: string, input: CompleteInput): Promise<{ task: TaskView; processInstance: InstanceView }>;
  /** Delivers a named message to a waiting receive task or message catch event; not_found when nothing waits. */
  deliverMessage(instanceId: string, name: string, variables?: Record<string, unknown>, audit?: AuditNote[]): Promise<InstanceView>;
  /** Cancels a running instance and its open tasks (and called children). */
  cancelInstance(instanceId: string, by?: string, audit?: AuditNote[], reason?: string): Promise<InstanceView>;
  /** Runs the failed step of an instance in an incident again, after merging corrected variables; a failure again counts one more attempt. Throws conflict when the instance has no incident. */
  retryInstance(instanceId: string, input?: RetryInput): Promise<InstanceView>;
  /** Moves running paths to another version of their process, each in one commit (or only plans it with `dryRun`); a path changed meanwhile is refused, not retried. */
  migrateInstances(input: MigrationInput): Promise<MigrationResult>;
  /** Fires every stored timer due at `now` (default: the clock's now); returns how many fired. */
  fireDueTimers(now?: Date): Promise<number>;
  /** Stops the timer loop and closes the store. */
  close(): Promise<void>;
}
