/**
 * Incidents: a step that cannot go on leaves its instance at the last good state with an incident
 * that names the element, the message, the attempts and the time, and keeps every wait it had
 * (tasks, timers, message subscriptions). A retry runs the failed step again.
 */
import type { HistoryRecord, IncidentAction, IncidentRecord, InstanceRecord, StepCommit } from '../store/Store.js';
import type { ProcessModel } from './bpmnModel.js';

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
  if (err instanceof EngineFault && err.elementId) return err.elementId;
  const e = err as ElementError | null;
  return e?.source?.content?.id ?? e?.inner?.source?.content?.id ?? null;
}

/**
 * An error whose message the engine wrote itself from ids and limits only (a step over its
 * budget, a script refused): the incident may show it as it is.
 */
export class EngineFault extends Error {
  constructor(
    message: string,
    /** The element the fault is at, when known. */
    readonly elementId: string | null = null,
  ) {
    super(message);
  }
}

/**
 * The incident's message: what kind of failure, at which element, with which expression (the
 * timer's kind, the conditional flows' ids). Never the error's own text: FEEL and ISO 8601 errors
 * quote the value they read, and that value may be a henkilötunnus or a client's form data.
 */
export function incidentMessage(err: unknown, model?: ProcessModel): string {
  if (err instanceof EngineFault) return err.message.split('\n')[0].slice(0, 300);
  const element = failedElement(err);
  const text = String((err as { message?: string } | null)?.message ?? '');
  const at = element ? ` at element ${element}` : '';
  const timer = element ? model?.timers.get(element) : undefined;
  if (timer && /ISO 8601|duration|date|cycle|timer|invalid/i.test(text)) {
    return `the timer's ${timer.kind} is not a valid ISO 8601 value${at} (expression ${timer.kind})`;
  }
  const flows = element ? model?.conditionFlows.get(element) : undefined;
  if (/no conditional flow taken/.test(text)) {
    return `no outgoing flow was taken${at}${flows?.length ? ` (conditions ${flows.join(', ')})` : ''}`;
  }
  if (flows?.length) return `a condition could not be evaluated${at} (conditions ${flows.join(', ')})`;
  if (/script/i.test(text)) return `scripts are refused${at}`;
  return `the step failed${at}`;
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
  model?: ProcessModel,
): StepCommit {
  const incident: IncidentRecord = {
    activityId: failedElement(failure.error),
    message: incidentMessage(failure.error, model),
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
