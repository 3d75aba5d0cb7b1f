/**
 * Mapping between MongoDB documents and the store records.
 *
 * Instance variables and task data are kept as JSON text, as in the SQLite adapter: form data may
 * carry keys such as `$ref` or `a.b` that BSON updates refuse, and JSON keeps both adapters
 * returning the same values (a Date comes back as its ISO string on either).
 */
import { Binary } from 'mongodb';
import { readIncident } from '../incidentValue.js';
import type { AccountChangeRecord } from '../ports/accountChanges.js';
import type {
  AuditRecord,
  DeploymentRecord,
  EmployerContactRecord,
  HistoryRecord,
  InstanceRecord,
  SessionRecord,
  SubscriptionRecord,
  TaskRecord,
  TimerRecord,
  UserRecord,
} from '../Store.js';

/** One account change, as the log keeps it (its _id is MongoDB's own). */
export type AccountChangeDoc = AccountChangeRecord;

/** A path's place; the path id is the document id, so a path has one place. */
export interface CaseloadPlaceDoc {
  _id: string;
  processKey: string;
  holder: string;
  takenAt: string;
}

export interface EmployerContactDoc extends Omit<EmployerContactRecord, 'id'> {
  _id: string;
}

export interface DeploymentDoc extends Omit<DeploymentRecord, 'id'> {
  _id: string;
}

export interface InstanceDoc extends Omit<InstanceRecord, 'id' | 'variables' | 'engineState'> {
  _id: string;
  variables: string;
  engineState: Binary | null;
  /** The engine-owned organisation variable, outside the JSON text so that reports can filter and group on it. */
  organisation?: string | null;
}

export interface TaskDoc extends Omit<TaskRecord, 'id' | 'data'> {
  _id: string;
  data: string | null;
  /** The form's `ipsOutcome`, outside the JSON text so that the outcome report can count it. */
  outcome?: string | null;
}

export interface TimerDoc extends Omit<TimerRecord, 'id'> {
  _id: string;
  /** False while the instance is not running (an incident): such timers are not claimed. */
  running?: boolean;
  leaseOwner?: string | null;
  leaseUntil?: string | null;
  /** A random id per claim call, to read back exactly the timers that call took. */
  claim?: string | null;
}

export type SubscriptionDoc = SubscriptionRecord;

/** `openedAt` and `position` (the revision and index of the step that opened the row) give start order. */
export interface HistoryDoc extends HistoryRecord {
  openedAt: number;
  position: number;
}

export interface UserDoc extends Omit<UserRecord, 'id'> {
  _id: string;
}

export interface SessionDoc extends Omit<SessionRecord, 'id'> {
  _id: string;
}

export type AuditDoc = AuditRecord;

/** A team meeting booking: the slot (ISO start) is the id, so one instance holds it. */
export interface MeetingBookingDoc {
  _id: string;
  instanceId: string;
  bookedAt: string;
  /** The TTS §1 parties ticked for the meeting and their confirmations (no names). */
  parties?: { party: string; confirmed: boolean }[];
  confirmed?: boolean | null;
}

/** A draft per task and user; `data` as JSON text like task data. */
export interface DraftDoc {
  _id: string;
  taskId: string;
  userId: string;
  data: string;
  savedAt: string;
}

export interface LoginFailureDoc {
  key: string;
  at: string;
}

/** A filter value from caller input: always a plain string, so `{ $gt: '' }` cannot become an operator. */
export const text = (v: unknown): string => String(v);

/** A filter value that must be a number; anything else matches nothing. */
export const num = (v: unknown): number => {
  const n = Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** The engine state as BSON Binary for storage. */
export function toBinary(b: Buffer | null): Binary | null {
  return b ? new Binary(b) : null;
}

/** Stored Binary (or a promoted Buffer) back to a Node Buffer. */
export function toBuffer(b: Binary | Uint8Array | null | undefined): Buffer | null {
  if (!b) return null;
  return Buffer.from(b instanceof Binary ? b.value() : b);
}

/** A deployment record as a document. */
export function deploymentDoc({ id, ...rest }: DeploymentRecord): DeploymentDoc {
  return { _id: text(id), ...rest };
}

/** A deployment document as a record. */
export function toDeployment({ _id, ...rest }: DeploymentDoc): DeploymentRecord {
  const { note, ...fields } = rest;
  return { id: _id, ...fields, ...(note ? { note } : {}) };
}

/** An instance record as a document. */
export function instanceDoc(i: InstanceRecord): InstanceDoc {
  const { id, variables, engineState, ...rest } = i;
  const organisation = typeof variables.organisation === 'string' ? variables.organisation : null;
  return { _id: text(id), ...rest, variables: JSON.stringify(variables), engineState: toBinary(engineState), organisation };
}

/** An instance document as a record. */
export function toInstance(d: InstanceDoc): InstanceRecord {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- derived for reports, not part of the record
  const { _id, variables, engineState, organisation, ...rest } = d;
  return {
    id: _id,
    ...rest,
    variables: JSON.parse(variables) as Record<string, unknown>,
    engineState: toBuffer(engineState),
    incident: readIncident(rest.incident, rest.startedAt),
  };
}

/** A task record as a document. */
export function taskDoc(t: TaskRecord): TaskDoc {
  const { id, data, roles, ...rest } = t;
  const outcome = typeof data?.ipsOutcome === 'string' ? data.ipsOutcome : null;
  return { _id: text(id), ...rest, roles: roles.map(text), data: data ? JSON.stringify(data) : null, outcome };
}

/** A task document as a record. */
export function toTask(d: TaskDoc): TaskRecord {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- derived for reports, not part of the record
  const { _id, data, outcome, ...rest } = d;
  return { id: _id, ...rest, data: data ? (JSON.parse(data) as Record<string, unknown>) : null };
}

/** A timer record as a document: a new row, free of any lease, no attempts. */
export function timerDoc({ id, ...rest }: TimerRecord, running = true): TimerDoc {
  return { _id: text(id), ...rest, instanceId: text(rest.instanceId), attempts: 0, running, leaseOwner: null, leaseUntil: null };
}

/** A timer document as a record. */
export function toTimer(d: TimerDoc): TimerRecord {
  return { id: d._id, instanceId: d.instanceId, activityId: d.activityId, executionId: d.executionId, dueAt: d.dueAt };
}

/** A subscription document as a record (drops `_id`). */
export function toSubscription(d: SubscriptionDoc): SubscriptionRecord {
  return { instanceId: d.instanceId, messageName: d.messageName, activityId: d.activityId, executionId: d.executionId };
}

/** A history document as a record (drops `_id` and the ordering fields). */
export function toHistory(d: HistoryDoc): HistoryRecord {
  return {
    instanceId: d.instanceId,
    executionId: d.executionId,
    activityId: d.activityId,
    name: d.name,
    type: d.type,
    startedAt: d.startedAt,
    endedAt: d.endedAt,
    expectedBy: d.expectedBy,
    by: d.by,
    ...(d.stalledReason ? { stalledReason: d.stalledReason } : {}),
    ...(d.milestone ? { milestone: d.milestone } : {}),
    ...(d.cancelledBy ? { cancelledBy: d.cancelledBy } : {}),
  };
}

/** A user document as a record. */
export function toUser(d: UserDoc): UserRecord {
  return {
    id: d._id,
    username: d.username,
    displayName: d.displayName,
    roles: d.roles,
    passwordHash: d.passwordHash,
    createdAt: d.createdAt,
    disabled: d.disabled === true,
  };
}

/** A session document as a record. */
export function toSession(d: SessionDoc): SessionRecord {
  return {
    id: d._id,
    userId: d.userId,
    csrfToken: d.csrfToken,
    createdAt: d.createdAt,
    expiresAt: d.expiresAt,
    ...(d.lastSeenAt ? { lastSeenAt: d.lastSeenAt } : {}),
  };
}

/** An audit document as a record (drops `_id`). */
export function toAudit(d: AuditDoc): AuditRecord {
  return {
    at: d.at,
    actor: d.actor,
    action: d.action,
    clientRef: d.clientRef,
    instanceId: d.instanceId,
    detail: d.detail,
    ...(d.role ? { role: d.role } : {}),
    ...(d.why ? { why: d.why } : {}),
  };
}
