/** The task page's server state: the task with its form, the caller's draft, the path's earlier forms; complete. */
import { api } from '../../lib/api';
import type { Draft, EarlierForms, Page, PathForm, Task, TaskWithForm } from '../../lib/types';
import { useGet } from '../../lib/useApi';

const taskPath = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

export function useTask(id: string) {
  return useGet<TaskWithForm>(taskPath(id));
}

/** The caller's own draft of the task (null data when none). */
export function useDraft(id: string | null) {
  const path = id ? `${taskPath(id)}/draft` : null;
  return useGet<Draft>(path);
}

/** The completed forms of the path, as far as the caller may see them. */
export function usePathForms(instanceId: string | undefined) {
  const path = instanceId ? `/api/process-instances/${encodeURIComponent(instanceId)}/forms` : null;
  return useGet<Page<PathForm>>(path);
}

/**
 * The completed forms beside a task (its path's and its calling paths'), asked again every 10 s while
 * the page is seen; nothing loads while `taskId` is null (the path is not yet the worker's to read).
 */
export function useEarlierForms(taskId: string | null) {
  return useGet<EarlierForms>(taskId === null ? null : `${taskPath(taskId)}/earlier-forms`, { pollMs: 10_000 });
}

export function saveDraft(id: string, data: Record<string, unknown>): Promise<{ savedAt: string }> {
  return api(`${taskPath(id)}/draft`, { method: 'PUT', body: { data } });
}

export function completeTask(id: string, data: Record<string, unknown>, version: number): Promise<{ task: Task }> {
  return api(`${taskPath(id)}/complete`, { method: 'POST', body: { data, version } });
}

export function claim(id: string): Promise<Task> {
  return api<Task>(`${taskPath(id)}/claim`, { method: 'POST', body: {} });
}
