/** The forms filled so far on a client path, read-only, for those who may see the path's data. */
import { notFound } from '../errors.js';
import { consentAllows, logRead, requirePath } from '../policy/index.js';
import { gatedFields, withoutGated } from '../policy/consent.js';
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

/**
 * The completed forms of the path, oldest first, as far as the policy lets the caller see them:
 * those taking part see every form (a holder of an open task's role once they claim it); shared data (TTS, background, health) only under the client's consent, except
 * what the caller wrote. not_found for anyone else (oversight sees no data). Logged before it returns.
 */
export async function listPathForms(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<Page<CompletedForm>> {
  const instance = await deps.store.getInstance(instanceId);
  if (!instance) throw notFound('process instance');
  // Before a claim the path's forms stay closed: the task's own form and its facts decide the claim.
  const decision = await requirePath(deps, caller, instance, ['path']);
  const consent = await consentAllows(deps, caller, instance);
  const gated = gatedFields(deps.forms);
  const visible = (t: { completedBy: string | null; data: Record<string, unknown> | null }) => {
    if (!t.data) return null;
    let data = t.data;
    if (!consent && t.completedBy !== caller.id) data = withoutGated(data, gated);
    return Object.keys(data).length ? data : null;
  };
  const done = (await deps.store.listTasks({ instanceId, state: 'completed', limit: 10_000 })).filter((t) => t.formKey !== null);
  done.sort(
    (a, b) =>
      (a.completedAt ?? '').localeCompare(b.completedAt ?? '') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const by = done.map((t) => t.completedBy).filter((id): id is string => id !== null);
  const names = by.length ? await deps.store.listDisplayNames(by) : new Map<string, string>();
  const items = done
    .map((t) => ({ t, data: visible(t) }))
    .filter(({ data }) => data !== null)
    .map(({ t, data }) => ({
      taskId: t.id,
      activityId: t.activityId,
      name: t.name,
      formKey: t.formKey as string,
      completedAt: t.completedAt,
      completedBy: t.completedBy,
      completedByName: t.completedBy ? (names.get(t.completedBy) ?? null) : null,
      data,
    }));
  await logRead(deps, caller, decision, { clientRef: instance.clientRef, instanceId }, `completed forms of the path (${items.length})`);
  return { items, nextCursor: null };
}
