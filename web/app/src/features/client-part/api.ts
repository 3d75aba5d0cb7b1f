/** The client's own API (/api/client): their paths, plan, consent and access log, typed by the server's own use cases. */
import type { ClientAccessEntry, ClientPathView } from '../../../../../engine/usecases/clientPortal';
import type { ClientConsentParty, ClientPlan } from '../../../../../engine/usecases/clientPlan';
import { api } from '../../lib/api';

export type { ClientPathView, ClientStep } from '../../../../../engine/usecases/clientPortal';
export type { ClientPlan } from '../../../../../engine/usecases/clientPlan';
export type ConsentParty = ClientConsentParty;
export type AccessEntry = ClientAccessEntry;

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
