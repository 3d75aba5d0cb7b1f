/** The inbox's server state: tasks by filter, counts per filter, processes, claim and unclaim. */
import { api, listOf, query } from '../../lib/api';
import type { Definition, Page, Task, TaskCounts } from '../../lib/types';
import { useApi, useGet } from '../../lib/useApi';

export type InboxFilter = 'mine' | 'unassigned' | 'all' | 'late';

export interface InboxQuery {
  filter: InboxFilter;
  processKey: string;
  clientRef: string;
  cursor?: string;
}

/** How often the inbox refreshes itself, so that a task a colleague completed goes away. */
export const INBOX_POLL_MS = 10_000;

function taskParams(q: InboxQuery) {
  const assignee = q.filter === 'mine' ? 'me' : q.filter === 'unassigned' ? 'unassigned' : 'any';
  return {
    assignee,
    late: q.filter === 'late' ? true : undefined,
    processKey: q.processKey,
    clientRef: q.clientRef.trim(),
    limit: 50,
    cursor: q.cursor,
  };
}

/** One page of tasks for the filters, refreshed by polling. */
export function useTasks(q: InboxQuery) {
  const path = `/api/tasks${query(taskParams(q))}`;
  return useGet<Page<Task>>(path, { pollMs: INBOX_POLL_MS });
}

/** Counts per filter, for the same process and client filters. */
export function useTaskCounts(processKey: string, clientRef: string) {
  const path = `/api/tasks/counts${query({ processKey, clientRef: clientRef.trim() })}`;
  return useGet<TaskCounts>(path, { pollMs: INBOX_POLL_MS });
}

/** The deployed processes (latest versions), for the process filter and names. */
export function useDefinitions() {
  return useApi('/api/process-definitions', (signal) =>
    api<Page<Definition> | Definition[]>('/api/process-definitions', { signal }).then(listOf),
  );
}

export function claimTask(id: string): Promise<Task> {
  return api<Task>(`/api/tasks/${encodeURIComponent(id)}/claim`, { method: 'POST', body: {} });
}

export function unclaimTask(id: string): Promise<Task> {
  return api<Task>(`/api/tasks/${encodeURIComponent(id)}/unclaim`, { method: 'POST', body: {} });
}
