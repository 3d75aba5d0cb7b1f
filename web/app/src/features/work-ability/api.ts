/** The work-ability change report: server state over /api/reports/work-ability. */
import { useGet } from '../../lib/useApi';

export interface Spread {
  q1: number;
  median: number;
  q3: number;
}

export interface WorkAbilityFigures {
  started: number;
  followedUp: number;
  start: Spread | null;
  latest: Spread | null;
  change: Spread | null;
}

export interface WorkAbilityReport {
  minGroup: number;
  total: WorkAbilityFigures;
  byMunicipality: (WorkAbilityFigures & { municipality: string | null })[];
  byProcess: (WorkAbilityFigures & { processKey: string; region: string | null })[];
}

export const useWorkAbilityReport = () => useGet<WorkAbilityReport>('/api/reports/work-ability');
