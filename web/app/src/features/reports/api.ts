/** The managers' reports: server state hooks over /api/reports. */
import { api, listOf, query } from '../../lib/api';
import type { Definition, Page } from '../../lib/types';
import { useApi, useGet } from '../../lib/useApi';

export interface StalledItem {
  processInstanceId: string;
  clientRef: string | null;
  processKey: string;
  version: number;
  activityId: string;
  activityName: string | null;
  role: string[];
  organisation: string | null;
  since: string;
  expectedBy: string;
  overdueSeconds: number;
  reason: StalledReason;
  canOpen: boolean;
}

/** Why a step is late: its own expected time, or a rule of the team's rhythm. */
export const STALLED_REASONS = ['late', 'meeting-rhythm', 'invitation-unconfirmed', 'follow-up-missed'] as const;
export type StalledReason = (typeof STALLED_REASONS)[number];

export interface StalledFilters {
  processKey: string;
  activityId: string;
  role: string;
  organisation: string;
  reason: StalledReason | '';
  cursor?: string;
}

export interface ActivityFigures {
  active: number;
  completed: number;
  medianWaitSeconds: number | null;
  p90WaitSeconds: number | null;
}

export interface Heatmap {
  processKey: string;
  version: number;
  activities: Record<string, ActivityFigures>;
}

export interface ReferralItem {
  processKey: string;
  source: string | null;
  organisation: string | null;
  month: string;
  count: number;
}

/** Paths of a source, organisation and month that met the team, with the time from the path's start to the meeting. */
export interface TeamFigures {
  source: string;
  organisation: string | null;
  month: string;
  started: number;
  reachedTeam: number;
  medianToMeetingSeconds: number;
  p90ToMeetingSeconds: number;
}

export interface ReferralsAnswer extends Page<ReferralItem> {
  team: TeamFigures[];
}

export interface Outcomes {
  processKey: string;
  persons: number;
  employedPersons: number;
  jobs: number;
  employmentRatio: number | null;
  byOutcome: { outcome: string; count: number; persons: number }[];
}

export interface LateItem {
  role: string;
  taskId: string;
  name: string | null;
  activityId: string;
  processKey: string;
  processInstanceId: string;
  clientRef: string | null;
  assigned: boolean;
  expectedBy: string;
  lateSeconds: number;
}

export interface LateDigest {
  since: string;
  until: string;
  items: LateItem[];
  nextCursor: string | null;
}

export const useStalled = (f: StalledFilters) =>
  useGet<Page<StalledItem>>(`/api/reports/stalled${query({ ...f, limit: 50 })}`, { pollMs: 60_000 });
export const useHeatmap = (processKey: string, version: number | undefined) =>
  useGet<Heatmap>(processKey ? `/api/reports/heatmap${query({ processKey, version })}` : null);
export const useReferrals = (from: string, to: string) => useGet<ReferralsAnswer>(`/api/reports/referrals${query({ from, to })}`);
export const useOutcomes = () => useGet<Outcomes>('/api/reports/outcomes');
export const useLateDigest = (since: string) => useGet<LateDigest>(`/api/reports/late-digest${query({ since })}`, { pollMs: 60_000 });
/** Every deployed version (the API answers a bare list or a page). */
export function useDefinitions() {
  const path = '/api/process-definitions?all=true';
  return useApi(path, (signal) => api<Page<Definition> | Definition[]>(path, { signal }).then(listOf));
}
