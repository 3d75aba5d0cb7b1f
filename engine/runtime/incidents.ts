/**
 * Incidents: a step that cannot go on leaves its instance at the last good state with an incident
 * that names the element, the message, the attempts and the time, and keeps every wait it had
 * (tasks, timers, message subscriptions). A retry runs the failed step again.
 */
import type { HistoryRecord, IncidentAction, IncidentRecord, InstanceRecord, StepCommit } from '../store/Store.js';

/** How many times a timer or message step is tried before it becomes an incident. */
export const MAX_ATTEMPTS = 3;
/** Wait before the second and the third attempt of a failing timer. */
export const RETRY_BACKOFF_MS = [5_000, 30_000];

interface ElementError {
  message?: string;
  source?: { content?: { id?: string } };
  inner?: ElementError;
}

/** The id of the BPMN element an engine error came from, when bpmn-elements says. */
export function failedElement(err: unknown): string | null {
  const e = err as ElementError | null;
  return e?.source?.content?.id ?? e?.inner?.source?.content?.id ?? null;
}

/** The first line of an error message, short: engine messages name elements, not data. */
export function incidentMessage(err: unknown): string {
  const text = (err as { message?: string } | null)?.message ?? String(err ?? 'unknown error');
  return (text.split('\n')[0] || 'unknown error').slice(0, 300);
}

/** A history row for an incident or a retry, so both show in the instance's history. */
export function incidentHistory(
  instanceId: string,
  kind: 'incident' | 'retry',
  revision: number,
  at: string,
  activityId: string | null,
  by: string | null = null,
): HistoryRecord {
  return {
    instanceId,
    executionId: `${kind}:${revision}`,
    activityId: activityId ?? 'process',
    name: null,
    type: kind,
    startedAt: at,
    endedAt: at,
    expectedBy: null,
    by,
  };
}

/** The history row of a cancel with its reason (a process owner ending a path in an incident, say). */
export function cancelHistory(instanceId: string, revision: number, at: string, reason: string, by: string | null): HistoryRecord {
  return {
    ...incidentHistory(instanceId, 'retry', revision, at, null, by),
    executionId: `cancel:${revision}`,
    type: 'cancel',
    name: reason,
  };
}

/**
 * The commit of a failed step: the stored engine state stays (the last good one), the variables
 * the action brought are kept, the waits are left as they are (timers and subscriptions omitted).
 */
export function incidentCommit(
  before: InstanceRecord,
  failure: { error: unknown; action: IncidentAction; attempts: number; at: string; variables?: Record<string, unknown> },
): StepCommit {
  const incident: IncidentRecord = {
    activityId: failedElement(failure.error),
    message: incidentMessage(failure.error),
    attempts: failure.attempts,
    occurredAt: failure.at,
    action: failure.action,
  };
  const revision = before.revision + 1;
  return {
    instance: { ...before, state: 'failed', revision, variables: failure.variables ?? before.variables, incident },
    expectedRevision: before.revision,
    tasks: [],
    history: [incidentHistory(before.id, 'incident', revision, failure.at, incident.activityId)],
  };
}
