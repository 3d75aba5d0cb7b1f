/** Operations' server state: instance counts, incidents with their diagrams, retry and cancel. */
import { api, query } from '../../lib/api';
import { useApi } from '../../lib/useApi';

export interface InstanceCount {
  processKey: string;
  version: number;
  state: string;
  count: number;
}

export interface Incident {
  processInstanceId: string;
  processKey: string;
  version: number;
  activityId: string | null;
  message: string;
  attempts: number;
  occurredAt: string;
}

export function useInstanceCounts() {
  return useApi('/api/instance-counts', (signal) => api<{ items: InstanceCount[] }>('/api/instance-counts', { signal }), {
    pollMs: 30_000,
  });
}

export function useIncidents() {
  return useApi('/api/incidents?limit=200', (signal) => api<{ items: Incident[] }>('/api/incidents?limit=200', { signal }), {
    pollMs: 30_000,
  });
}

export function useDiagram(processKey: string | undefined, version: number | undefined) {
  const path = processKey ? `/api/process-definitions/${encodeURIComponent(processKey)}/xml${query({ version })}` : null;
  return useApi(path, (signal) => api<string>(path!, { signal, text: true }));
}

export function retry(id: string, variables?: Record<string, unknown>) {
  return api(`/api/process-instances/${encodeURIComponent(id)}/retry`, { method: 'POST', body: variables ? { variables } : {} });
}

export function cancel(id: string, reason: string) {
  return api(`/api/process-instances/${encodeURIComponent(id)}/cancel`, { method: 'POST', body: { reason } });
}
