/**
 * The one place that decides who reads or changes client data, how much they see, and that logs
 * it. Use cases ask here; none decides alone. A read of client data is written to the access log
 * (awaited) before the data is handed back, so an answer with client data never exists without
 * its log row; a change carries its log row into the change's own commit (`note`).
 */
import type { AuditNote, InstanceView } from '../api.js';
import { notFound } from '../errors.js';
import type { InstanceRecord } from '../store/Store.js';
import { hasAnyRole, now, type Caller, type UseCaseDeps } from '../usecases/context.js';
import { consentCovers, consentOf, gatedFields, withoutGated } from './consent.js';
import { decidePath, isResponsible, type PathDecision, type PathFacts, type Sight } from './participation.js';

export { consentOf, type ConsentStatus } from './consent.js';
export { requireCaseloadRole, requireJobCoach } from './caseload.js';
export { ENGINE_MESSAGES, ENGINE_OWNED, refuseEngineMessage, refuseEngineOwned } from './fields.js';
export {
  decidePath,
  decidePathWith,
  isResponsible,
  OVERSIGHT,
  participation,
  responsibleOf,
  type PathDecision,
  type Sight,
} from './participation.js';

/** The decision, or not_found when the caller may not see the path or not in one of the sights asked for. */
export async function requirePath(
  deps: UseCaseDeps,
  caller: Caller,
  instance: PathFacts,
  sights: readonly Sight[] = ['path', 'task', 'pseudonym'],
): Promise<PathDecision> {
  const decision = await decidePath(deps, caller, instance);
  if (!decision || !sights.includes(decision.sight)) throw notFound('process instance');
  return decision;
}

/** An access-log note for a change the caller makes, to go into the change's commit. */
export function note(caller: Caller, decision: PathDecision | null, action: string, detail: string): AuditNote {
  return { actor: caller.id, action, detail, role: decision?.role ?? null, why: decision?.why ?? null };
}

/** Writes the read to the access log; resolves only once the row is stored. */
export async function logRead(
  deps: UseCaseDeps,
  caller: Caller,
  decision: Pick<PathDecision, 'role' | 'why'> | null,
  target: { clientRef: string | null; instanceId: string | null },
  detail: string,
  action = 'read',
): Promise<void> {
  await deps.store.appendAudit([
    {
      at: now(deps).toISOString(),
      actor: caller.id,
      action,
      clientRef: target.clientRef,
      instanceId: target.instanceId,
      detail,
      role: decision?.role ?? null,
      why: decision?.why ?? null,
    },
  ]);
}

/**
 * Variables as the decision allows: all of them to those taking part, none before a claim (the
 * holder of an open task's role decides on the pseudonym, process, step and due date alone);
 * gated fields only under consent.
 */
export async function visibleVariables(
  deps: UseCaseDeps,
  caller: Caller,
  decision: PathDecision,
  instance: Pick<InstanceRecord, 'id' | 'parentInstanceId' | 'variables'>,
): Promise<Record<string, unknown>> {
  if (decision.sight !== 'path') return {};
  const variables = instance.variables;
  const gated = gatedFields(deps.forms);
  // Most paths carry no shared form data yet: no consent lookup needed for them.
  if (!Object.keys(variables).some((k) => gated.has(k))) return variables;
  const consent = await consentOf(deps.store, instance);
  return consentCovers(caller, consent) ? variables : withoutGated(variables, gated);
}

/** True when the caller may see gated (TTS, background, health) data of the path. */
export async function consentAllows(
  deps: UseCaseDeps,
  caller: Caller,
  instance: Pick<InstanceRecord, 'id' | 'parentInstanceId' | 'variables'>,
): Promise<boolean> {
  return consentCovers(caller, await consentOf(deps.store, instance));
}

/**
 * The instance as the caller may see it: oversight, and a holder of an open task's role before the
 * claim, get the pseudonym without variables or business key (where a henkilötunnus may have been
 * typed). Logged when client data is shown.
 */
export async function revealInstance<T extends Omit<InstanceView, 'revision'>>(
  deps: UseCaseDeps,
  caller: Caller,
  decision: PathDecision,
  instance: T,
  detail: string,
  action = 'read',
): Promise<T> {
  if (decision.sight !== 'path') return { ...instance, variables: {}, businessKey: null };
  const variables = await visibleVariables(deps, caller, decision, instance);
  await logRead(deps, caller, decision, { clientRef: instance.clientRef, instanceId: instance.id }, detail, action);
  return { ...instance, variables };
}

/** The paths of a client the caller sees fully, and whether they are its responsible person; not_found when neither. */
export async function requireClient(
  deps: UseCaseDeps,
  caller: Caller,
  clientRef: string,
): Promise<{ instances: InstanceRecord[]; decision: Pick<PathDecision, 'role' | 'why'>; responsible: boolean }> {
  const instances = await deps.store.listInstances({ clientRef, limit: 1_000 });
  const responsible = instances.some((i) => isResponsible(caller, i.variables));
  for (const i of instances) {
    const decision = await decidePath(deps, caller, i);
    if (decision?.sight === 'path') return { instances, decision, responsible };
  }
  if (!instances.length || !responsible) throw notFound('client');
  return { instances, decision: { role: null, why: 'responsible person' }, responsible };
}

/** The client's access log may be read by its responsible person and the `auditor` role; else not_found. */
export async function requireAccessLogReader(
  deps: UseCaseDeps,
  caller: Caller,
  clientRef: string,
): Promise<Pick<PathDecision, 'role' | 'why'>> {
  const instances = await deps.store.listInstances({ clientRef, limit: 1_000 });
  if (!instances.length) throw notFound('client');
  if (hasAnyRole(caller, ['auditor'])) return { role: 'auditor', why: 'audit' };
  if (instances.some((i) => isResponsible(caller, i.variables))) return { role: null, why: 'responsible person' };
  throw notFound('client');
}

/** A subject-access export of a client is for its responsible person and the `auditor` role; else not_found. */
export const requireSubjectAccess = requireAccessLogReader;
