/**
 * Who sees the IPS caseloads and waiting list, and who may hand freed places out: the job coaches
 * (who take the clients) and the managers and process owners (who staff the coaching). The list
 * shows pseudonyms and waiting times only, never a client's data.
 */
import { AppError } from '../errors.js';
import { hasAnyRole, type Caller } from '../usecases/context.js';

const CASELOAD_ROLES = ['job-coach', 'manager', 'process-owner'] as const;

/** Forbidden unless the caller coaches or oversees the coaching. */
export function requireCaseloadRole(caller: Caller): void {
  if (!hasAnyRole(caller, CASELOAD_ROLES)) throw new AppError('forbidden', 'the waiting list is for job coaches and managers');
}

/** Forbidden unless the caller is a job coach: only coaches log their own employer contacts. */
export function requireJobCoach(caller: Caller): void {
  if (!hasAnyRole(caller, ['job-coach'])) throw new AppError('forbidden', 'employer contacts are logged by job coaches');
}
