/** The client's own API (/api/client): their paths, plan, consent and access log. */
import { api } from '../../lib/api';

export interface ClientStep {
  name: string;
  at: string | null;
}

export interface ClientPathView {
  id: string;
  processKey: string;
  startedAt: string;
  state: string;
  done: ClientStep[];
  next: ClientStep[];
  responsible: { name: string; title: string | null; phone: string | null; email: string | null } | null;
  meeting: { at: string; place: string | null; parties: string[] } | null;
}

export interface ClientPlan {
  instanceId: string;
  referrer: Record<string, unknown> | null;
  team: Record<string, unknown> | null;
  documentHash: string;
  pdfAvailable: boolean;
  signedAt: string | null;
  signedEarlierVersion: boolean;
}

export interface ConsentParty {
  party: string;
  status: 'given' | 'withdrawn' | 'none';
  since: string | null;
  byClient: boolean;
}

export interface AccessEntry {
  at: string;
  party: string | null;
  role: string | null;
  action: 'read' | 'change';
  what: 'plan' | 'consent' | 'form' | 'path' | 'log' | 'export';
  why: string | null;
}

export interface ClientForm {
  formKey: string;
  data: Record<string, unknown>;
  state: 'draft' | 'sent';
  savedAt: string;
  sentAt: string | null;
}

export const clientApi = {
  paths: () => api<{ items: ClientPathView[] }>('/api/client/paths').then((b) => b.items),
  plan: (id: string) => api<ClientPlan>(`/api/client/paths/${encodeURIComponent(id)}/plan`),
  sign: (id: string, documentHash: string) =>
    api<{ signedAt: string }>(`/api/client/paths/${encodeURIComponent(id)}/plan/signatures`, { method: 'POST', body: { documentHash } }),
  consent: (id: string) => api<{ items: ConsentParty[] }>(`/api/client/paths/${encodeURIComponent(id)}/consent`).then((b) => b.items),
  setConsent: (id: string, party: string, act: 'give' | 'withdraw') =>
    api<{ items: ConsentParty[] }>(`/api/client/paths/${encodeURIComponent(id)}/consent`, { method: 'POST', body: { party, act } }).then(
      (b) => b.items,
    ),
  form: (id: string, formKey: string) => api<ClientForm>(`/api/client/paths/${encodeURIComponent(id)}/forms/${formKey}`),
  saveForm: (id: string, formKey: string, data: Record<string, unknown>, send: boolean) =>
    api<ClientForm>(`/api/client/paths/${encodeURIComponent(id)}/forms/${formKey}`, { method: 'PUT', body: { data, send } }),
  accessLog: () => api<{ items: AccessEntry[] }>('/api/client/access-log').then((b) => b.items),
};

/** The PDF of the plan (a download link). */
export const planPdfHref = (id: string) => `/api/client/paths/${encodeURIComponent(id)}/plan.pdf`;
