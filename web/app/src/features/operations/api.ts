/** Operations' server state: instance counts, incidents with their diagrams, retry and cancel. */
import { api } from '../../lib/api';
import { useGet } from '../../lib/useApi';

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
  return useGet<{ items: InstanceCount[] }>('/api/instance-counts', {
    pollMs: 30_000,
  });
}

export function useIncidents() {
  return useGet<{ items: Incident[] }>('/api/incidents?limit=200', {
    pollMs: 30_000,
  });
}

export function retry(id: string, variables?: Record<string, unknown>) {
  return api(`/api/process-instances/${encodeURIComponent(id)}/retry`, { method: 'POST', body: variables ? { variables } : {} });
}

export function cancel(id: string, reason: string) {
  return api(`/api/process-instances/${encodeURIComponent(id)}/cancel`, { method: 'POST', body: { reason } });
}
