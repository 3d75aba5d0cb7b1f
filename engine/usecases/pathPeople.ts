/**
 * The people on a client path as the path view shows them: who did each step and who holds each
 * open task, by id and display name. Names come from one store query per request.
 */
import type { ActiveActivity, HistoryEntry, PublicInstance } from '../api.js';
import type { UseCaseDeps } from './context.js';

/** A path with `byName` on each history entry and the holder of each active task. */
export type PathWithPeople = Omit<PublicInstance, 'active' | 'history'> & {
  active: (ActiveActivity & { assignee: string | null; assigneeName: string | null })[];
  history: (HistoryEntry & { byName: string | null })[];
};

/** Adds the display names of those who did the steps and the assignees of the open tasks. */
export async function withPeople(deps: UseCaseDeps, instance: PublicInstance): Promise<PathWithPeople> {
  const open = await deps.store.listTasks({ instanceId: instance.id, state: 'open', limit: 10_000 });
  // Active entries and open tasks meet by activity; several of one activity (multi-instance) pair in order.
  const byActivity = new Map<string, (string | null)[]>();
  for (const t of open) byActivity.set(t.activityId, [...(byActivity.get(t.activityId) ?? []), t.assignee]);
  const assignees = instance.active.map((a) => byActivity.get(a.activityId)?.shift() ?? null);
  const ids = [...instance.history.map((h) => h.by), ...assignees].filter((id): id is string => id !== null);
  const names = ids.length ? await deps.store.listDisplayNames(ids) : new Map<string, string>();
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  return {
    ...instance,
    active: instance.active.map((a, i) => ({ ...a, assignee: assignees[i] ?? null, assigneeName: nameOf(assignees[i] ?? null) })),
    history: instance.history.map((h) => ({ ...h, byName: nameOf(h.by) })),
  };
}
