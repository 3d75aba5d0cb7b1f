/** The forms filled so far on a client path, read-only, for those who may see the path's data. */
import { notFound } from '../errors.js';
import { recordAccess, requireAccess } from './access.js';
import type { Caller, UseCaseDeps } from './context.js';
import type { Page } from './pagination.js';

/** One completed form of the path: the task, who completed it and when, and the data. */
export interface CompletedForm {
  taskId: string;
  activityId: string;
  name: string | null;
  formKey: string;
  completedAt: string | null;
  completedBy: string | null;
  completedByName: string | null;
  data: Record<string, unknown> | null;
}

/** The completed forms of the path, oldest first; not_found unless the caller works on it. Logged. */
export async function listPathForms(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<Page<CompletedForm>> {
  const instance = await deps.engine.getInstance(instanceId);
  // Oversight roles see that a path exists, never its data.
  if ((await requireAccess(deps, caller, instance)) !== 'worker') throw notFound('process instance');
  const done = (await deps.store.listTasks({ instanceId, state: 'completed', limit: 10_000 })).filter((t) => t.formKey !== null);
  done.sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? '') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const by = done.map((t) => t.completedBy).filter((id): id is string => id !== null);
  const names = by.length ? await deps.store.listDisplayNames(by) : new Map<string, string>();
  await recordAccess(deps, caller, {
    action: 'read',
    clientRef: instance.clientRef,
    instanceId,
    detail: `completed forms of the path (${done.length})`,
  });
  const items = done.map((t) => ({
    taskId: t.id,
    activityId: t.activityId,
    name: t.name,
    formKey: t.formKey as string,
    completedAt: t.completedAt,
    completedBy: t.completedBy,
    completedByName: t.completedBy ? (names.get(t.completedBy) ?? null) : null,
    data: t.data,
  }));
  return { items, nextCursor: null };
}
