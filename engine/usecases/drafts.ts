/**
 * Drafts: a worker's unfinished input for an open task, saved as they type so that work survives a
 * closed tab or another computer. Per task and user, seen by that user only, never validated
 * against the form nor merged into the path; the store removes them when the task closes.
 */
import { notFound } from '../errors.js';
import { now, type Caller, type UseCaseDeps } from './context.js';
import { visibleTask } from './tasks.js';

/** The caller's draft of an open task they may see: its data and when it was saved, both null without one. */
export async function getDraft(
  deps: UseCaseDeps,
  caller: Caller,
  taskId: string,
): Promise<{ data: Record<string, unknown> | null; savedAt: string | null }> {
  await openTask(deps, caller, taskId);
  const draft = await deps.store.getDraft(taskId, caller.id);
  return { data: draft?.data ?? null, savedAt: draft?.savedAt ?? null };
}

/** Saves the caller's draft of an open task they may see; not_found otherwise (also when the task closed meanwhile). */
export async function saveDraft(
  deps: UseCaseDeps,
  caller: Caller,
  taskId: string,
  data: Record<string, unknown>,
): Promise<{ savedAt: string }> {
  await openTask(deps, caller, taskId);
  const savedAt = now(deps).toISOString();
  if (!(await deps.store.saveDraft({ taskId, userId: caller.id, data, savedAt }))) throw notFound('task');
  return { savedAt };
}

/** A closed task has no draft: not_found, as for a task of someone else's roles. */
async function openTask(deps: UseCaseDeps, caller: Caller, taskId: string): Promise<void> {
  const { task } = await visibleTask(deps, caller, taskId);
  if (task.state !== 'open') throw notFound('task');
}
