/** Mapping between SQLite rows (snake_case, JSON text) and the store records. */
import { readIncident } from '../incidentValue.js';
import type {
  AuditRecord,
  DeploymentRecord,
  HistoryRecord,
  InstanceRecord,
  SessionRecord,
  TaskRecord,
  TimerRecord,
  UserRecord,
} from '../Store.js';

type Row = Record<string, unknown>;

const str = (v: unknown) => v as string;
const strOrNull = (v: unknown) => (v === null || v === undefined ? null : (v as string));

export function toDeployment(r: Row): DeploymentRecord {
  return {
    id: str(r.id),
    processKey: str(r.process_key),
    version: Number(r.version),
    name: str(r.name),
    xmlHash: str(r.xml_hash),
    xml: str(r.xml),
    deployedAt: str(r.deployed_at),
    deployedBy: strOrNull(r.deployed_by),
    ...(r.note ? { note: str(r.note) } : {}),
  };
}

export function toInstance(r: Row): InstanceRecord {
  return {
    id: str(r.id),
    processKey: str(r.process_key),
    version: Number(r.version),
    deploymentId: str(r.deployment_id),
    businessKey: strOrNull(r.business_key),
    clientRef: strOrNull(r.client_ref),
    parentInstanceId: strOrNull(r.parent_instance_id),
    parentExecutionId: strOrNull(r.parent_execution_id),
    state: str(r.state) as InstanceRecord['state'],
    startedAt: str(r.started_at),
    endedAt: strOrNull(r.ended_at),
    revision: Number(r.revision),
    variables: JSON.parse(str(r.variables)) as Record<string, unknown>,
    engineState: (r.engine_state as Buffer | null) ?? null,
    incident: readIncident(r.incident, str(r.started_at)),
  };
}

export function instanceParams(i: InstanceRecord) {
  return {
    id: i.id,
    process_key: i.processKey,
    version: i.version,
    deployment_id: i.deploymentId,
    business_key: i.businessKey,
    client_ref: i.clientRef,
    parent_instance_id: i.parentInstanceId,
    parent_execution_id: i.parentExecutionId,
    state: i.state,
    started_at: i.startedAt,
    ended_at: i.endedAt,
    revision: i.revision,
    variables: JSON.stringify(i.variables),
    engine_state: i.engineState,
    incident: i.incident ? JSON.stringify(i.incident) : null,
  };
}

export function toTask(r: Row): TaskRecord {
  return {
    id: str(r.id),
    instanceId: str(r.instance_id),
    processKey: str(r.process_key),
    activityId: str(r.activity_id),
    executionId: str(r.execution_id),
    name: strOrNull(r.name),
    roles: JSON.parse(str(r.roles)) as string[],
    formKey: strOrNull(r.form_key),
    assignee: strOrNull(r.assignee),
    state: str(r.state) as TaskRecord['state'],
    createdAt: str(r.created_at),
    expectedBy: strOrNull(r.expected_by),
    completedAt: strOrNull(r.completed_at),
    completedBy: strOrNull(r.completed_by),
    data: r.data ? (JSON.parse(str(r.data)) as Record<string, unknown>) : null,
    version: Number(r.version),
  };
}

export function taskParams(t: TaskRecord) {
  return {
    id: t.id,
    instance_id: t.instanceId,
    process_key: t.processKey,
    activity_id: t.activityId,
    execution_id: t.executionId,
    name: t.name,
    roles: JSON.stringify(t.roles),
    form_key: t.formKey,
    assignee: t.assignee,
    state: t.state,
    created_at: t.createdAt,
    expected_by: t.expectedBy,
    completed_at: t.completedAt,
    completed_by: t.completedBy,
    data: t.data ? JSON.stringify(t.data) : null,
    version: t.version,
  };
}

export function toTimer(r: Row): TimerRecord {
  return {
    id: str(r.id),
    instanceId: str(r.instance_id),
    activityId: str(r.activity_id),
    executionId: str(r.execution_id),
    dueAt: str(r.due_at),
  };
}

export function toHistory(r: Row): HistoryRecord {
  return {
    instanceId: str(r.instance_id),
    executionId: str(r.execution_id),
    activityId: str(r.activity_id),
    name: strOrNull(r.name),
    type: str(r.type),
    startedAt: str(r.started_at),
    endedAt: strOrNull(r.ended_at),
    expectedBy: strOrNull(r.expected_by),
    by: strOrNull(r.by_user),
    // Only when set: a row without a rule, milestone or cancellation reads back as it was written.
    ...(r.stalled_reason ? { stalledReason: str(r.stalled_reason) } : {}),
    ...(r.milestone ? { milestone: str(r.milestone) } : {}),
    ...(r.cancelled_by ? { cancelledBy: str(r.cancelled_by) } : {}),
  };
}

export function toUser(r: Row): UserRecord {
  return {
    id: str(r.id),
    username: str(r.username),
    displayName: str(r.display_name),
    roles: JSON.parse(str(r.roles)) as string[],
    passwordHash: str(r.password_hash),
    createdAt: str(r.created_at),
    disabled: Number(r.disabled ?? 0) === 1,
  };
}

export function toSession(r: Row): SessionRecord {
  return {
    id: str(r.id),
    userId: str(r.user_id),
    csrfToken: str(r.csrf_token),
    createdAt: str(r.created_at),
    expiresAt: str(r.expires_at),
    ...(r.last_seen_at ? { lastSeenAt: str(r.last_seen_at) } : {}),
  };
}

export function toAudit(r: Row): AuditRecord {
  return {
    at: str(r.at),
    actor: str(r.actor),
    action: str(r.action),
    clientRef: strOrNull(r.client_ref),
    instanceId: strOrNull(r.instance_id),
    detail: str(r.detail),
    ...(r.role ? { role: str(r.role) } : {}),
    ...(r.why ? { why: str(r.why) } : {}),
  };
}
