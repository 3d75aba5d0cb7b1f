/** Supported employment (IPS): server state hooks over /api/ips and the IPS reports. */
import { api, query } from '../../lib/api';
import { useGet } from '../../lib/useApi';

export interface WaitingList {
  limit: number;
  coaches: { username: string; displayName: string; clients: number; free: number }[];
  waiting: { position: number; clientRef: string | null; since: string; waitedDays: number }[];
}

export interface IpsTotals {
  clients: number;
  employedPersons: number;
  jobs: number;
  employmentRatio: number | null;
  jobsPerEmployedPerson: number | null;
}

export interface IpsJobsTable {
  company: { noSubsidy: number; paySubsidy: number };
  city: { noSubsidy: number; paySubsidy: number };
  thirdSector: { noSubsidy: number; paySubsidy: number };
  apprenticeship: number;
  other: number;
  jobs: number;
}

export interface IpsReport {
  total: IpsTotals;
  jobsBySector: { total: IpsJobsTable; byMunicipality: (IpsJobsTable & { municipality: string | null })[] };
  bySource: (IpsTotals & { referralSource: string | null })[];
  byMunicipality: (IpsTotals & { municipality: string | null })[];
}

export interface ContactWeeks {
  criterion: number;
  weeks: string[];
  rows: { coach: string; displayName: string | null; isoWeek: string; employers: number; meetsCriterion: boolean }[];
}

export const useWaitingList = () => useGet<WaitingList>('/api/ips/waiting-list', { pollMs: 60_000 });
export const useIpsReport = (enabled: boolean) => useGet<IpsReport>(enabled ? '/api/reports/ips' : null);
export function useContactWeeks(from: string, to: string) {
  const path = `/api/reports/ips/employer-contacts${query({ from: from || undefined, to: to || undefined })}`;
  return useGet<ContactWeeks>(path);
}

/** Hands freed places to the waiting clients in arrival order. */
export const fillPlaces = () =>
  api<{ placed: { clientRef: string | null; coach: string }[] }>('/api/ips/waiting-list/fill', { method: 'POST' });
/** Records a day's employer contacts of the signed-in coach. */
export const recordContacts = (contactedOn: string, employers: number) =>
  api<{ isoWeek: string }>('/api/ips/employer-contacts', { method: 'POST', body: { contactedOn, employers } });
