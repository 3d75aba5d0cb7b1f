/** The work-ability change report: server state over /api/reports/work-ability (the server's own types). */
import type { WorkAbilityReport } from '../../../../../engine/usecases/workAbilityReport';
import { useGet } from '../../lib/useApi';

export type { Spread, WorkAbilityFigures, WorkAbilityReport } from '../../../../../engine/usecases/workAbilityReport';

export const useWorkAbilityReport = () => useGet<WorkAbilityReport>('/api/reports/work-ability');
