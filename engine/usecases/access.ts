/**
 * Who may see a client path, and how much: those who work on it (a role of one of its tasks, its
 * assignee, or the one who started it) see its data; managers, process owners and auditors see
 * that it exists, without variables; anyone else gets not_found. Every read is logged.
 */
import type { InstanceView } from '../api.js';
import { notFound } from '../errors.js';
import { hasAnyRole, now, OVERSIGHT_ROLES, type Caller, type UseCaseDeps } from './context.js';

export type Access = 'worker' | 'oversight';

/** How the caller may see the instance, or null when not at all. */
export async function accessTo(
  deps: UseCaseDeps,
  caller: Caller,
  instance: Pick<InstanceView, 'id' | 'clientRef'>,
): Promise<Access | null> {
  const tasks = await deps.store.listTasks({ instanceId: instance.id, limit: 10_000 });
  const works = tasks.some(
    (t) => hasAnyRole(caller, t.roles) || t.assignee === caller.id || t.completedBy === caller.id,
  );
  if (works) return 'worker';
  if (instance.clientRef) {
    const log = await deps.store.listAudit(instance.clientRef);
    if (log.some((a) => a.action === 'start' && a.instanceId === instance.id && a.actor === caller.id)) return 'worker';
  }
  return hasAnyRole(caller, OVERSIGHT_ROLES) ? 'oversight' : null;
}

/** Like accessTo, but throws not_found instead of returning null. */
export async function requireAccess(
  deps: UseCaseDeps,
  caller: Caller,
  instance: Pick<InstanceView, 'id' | 'clientRef'>,
): Promise<Access> {
  const access = await accessTo(deps, caller, instance);
  if (!access) throw notFound('process instance');
  return access;
}

/** The instance as the caller may see it: oversight gets no variables. */
export function filterInstance<T extends InstanceView>(instance: T, access: Access): T {
  return access === 'worker' ? instance : { ...instance, variables: {} };
}

/** Appends one access-log entry: who did what to which client path, never the data itself. */
export async function recordAccess(
  deps: UseCaseDeps,
  caller: Caller,
  entry: { action: string; clientRef: string | null; instanceId: string | null; detail: string },
): Promise<void> {
  await deps.store.appendAudit([{ at: now(deps).toISOString(), actor: caller.id, ...entry }]);
}
