/** Store records → the views of engine/api.ts. */
import type { DeploymentView, InstanceView, TaskView } from '../api.js';
import type { DeploymentRecord, HistoryRecord, InstanceRecord, TaskRecord } from '../store/Store.js';

export function deploymentView(d: DeploymentRecord): DeploymentView {
  return { id: d.id, processKey: d.processKey, version: d.version, name: d.name, deployedAt: d.deployedAt };
}

export function taskView(t: TaskRecord): TaskView {
  return {
    id: t.id,
    name: t.name,
    activityId: t.activityId,
    processInstanceId: t.instanceId,
    processKey: t.processKey,
    role: t.roles,
    assignee: t.assignee,
    formKey: t.formKey,
    createdAt: t.createdAt,
    expectedBy: t.expectedBy,
    completedAt: t.completedAt,
    completedBy: t.completedBy,
    state: t.state,
    version: t.version,
  };
}

export function instanceView(i: InstanceRecord, history: HistoryRecord[]): InstanceView {
  return {
    id: i.id,
    processKey: i.processKey,
    version: i.version,
    businessKey: i.businessKey,
    clientRef: i.clientRef,
    parentInstanceId: i.parentInstanceId,
    state: i.state,
    startedAt: i.startedAt,
    endedAt: i.endedAt,
    variables: i.variables,
    active: history
      .filter((h) => !h.endedAt && i.state === 'running')
      .map((h) => ({ activityId: h.activityId, name: h.name, type: h.type, since: h.startedAt, expectedBy: h.expectedBy })),
    history: history.map((h) => ({
      activityId: h.activityId,
      name: h.name,
      type: h.type,
      startedAt: h.startedAt,
      endedAt: h.endedAt,
      by: h.by,
      cancelledBy: h.cancelledBy ?? null,
    })),
    revision: i.revision,
    incident: i.incident
      ? { activityId: i.incident.activityId, message: i.incident.message, attempts: i.incident.attempts, occurredAt: i.incident.occurredAt }
      : null,
  };
}
