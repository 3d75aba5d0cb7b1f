/** The path view's server state: the instance, its diagram version, the client's timeline, consent, access log. */
import type { AccessLogEntry, Consent, Instance, Page, Timeline } from '../../lib/types';
import { useGet } from '../../lib/useApi';

const instancePath = (id: string) => `/api/process-instances/${encodeURIComponent(id)}`;

export function useInstance(id: string) {
  return useGet<Instance>(instancePath(id), { pollMs: 30_000 });
}

export function useTimeline(clientRef: string | null | undefined) {
  const path = clientRef ? `/api/clients/${encodeURIComponent(clientRef)}/timeline` : null;
  return useGet<Timeline>(path);
}

export function useConsent(id: string | null) {
  const path = id ? `${instancePath(id)}/consent` : null;
  return useGet<Consent>(path);
}

/** The client's access log: only the responsible person and auditors get it (others 404, shown as nothing). */
export function useAccessLog(clientRef: string | null | undefined) {
  const path = clientRef ? `/api/clients/${encodeURIComponent(clientRef)}/access-log` : null;
  return useGet<Page<AccessLogEntry>>(path);
}
