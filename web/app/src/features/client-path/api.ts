/** The path view's server state: the instance, its diagram version, the client's timeline, consent, access log. */
import { api, query } from '../../lib/api';
import type { AccessLogEntry, Consent, Instance, Page, Timeline } from '../../lib/types';
import { useApi } from '../../lib/useApi';

const instancePath = (id: string) => `/api/process-instances/${encodeURIComponent(id)}`;

export function useInstance(id: string) {
  return useApi(instancePath(id), (signal) => api<Instance>(instancePath(id), { signal }), { pollMs: 30_000 });
}

/** The BPMN XML of the version the path runs on. */
export function useDiagram(processKey: string | undefined, version: number | undefined) {
  const path = processKey ? `/api/process-definitions/${encodeURIComponent(processKey)}/xml${query({ version })}` : null;
  return useApi(path, (signal) => api<string>(path!, { signal, text: true }));
}

export function useTimeline(clientRef: string | null | undefined) {
  const path = clientRef ? `/api/clients/${encodeURIComponent(clientRef)}/timeline` : null;
  return useApi(path, (signal) => api<Timeline>(path!, { signal }));
}

export function useConsent(id: string | null) {
  const path = id ? `${instancePath(id)}/consent` : null;
  return useApi(path, (signal) => api<Consent>(path!, { signal }));
}

/** The client's access log: only the responsible person and auditors get it (others 404, shown as nothing). */
export function useAccessLog(clientRef: string | null | undefined) {
  const path = clientRef ? `/api/clients/${encodeURIComponent(clientRef)}/access-log` : null;
  return useApi(path, (signal) => api<Page<AccessLogEntry>>(path!, { signal }));
}
