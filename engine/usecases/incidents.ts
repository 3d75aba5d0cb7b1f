/** Incidents: paths that stopped at a step that cannot go on, listed for process owners and operations, and retried. */
import { checkFreeVariables } from './variableLimits.js';
import { AppError } from '../errors.js';
import { refuseEngineOwned } from '../policy/index.js';
import { hasAnyRole, type Caller, type UseCaseDeps } from './context.js';
import type { PublicInstance } from './instances.js';
import { offsetCursor, pageSize, readOffsetCursor, type Page } from './pagination.js';

/** Roles that see incidents: they name elements and engine messages, never client data. */
export const INCIDENT_ROLES = ['process-owner', 'operations'] as const;

/** One incident as GET /api/incidents lists it. */
export interface IncidentItem {
  processInstanceId: string;
  processKey: string;
  version: number;
  activityId: string | null;
  message: string;
  attempts: number;
  occurredAt: string;
}

/** Paths in an incident, newest first, one page. */
export async function listIncidents(
  deps: UseCaseDeps,
  caller: Caller,
  query: { limit?: number; cursor?: string },
): Promise<Page<IncidentItem>> {
  if (!hasAnyRole(caller, INCIDENT_ROLES)) throw new AppError('forbidden', 'incidents are for process owners and operations');
  const size = pageSize(query.limit);
  const offset = readOffsetCursor(query.cursor);
  const failed = await deps.store.listInstances({ state: 'failed', limit: offset + size + 1 });
  const items = failed.slice(offset, offset + size).flatMap((i) =>
    i.incident
      ? [
          {
            processInstanceId: i.id,
            processKey: i.processKey,
            version: i.version,
            activityId: i.incident.activityId,
            message: i.incident.message,
            attempts: i.incident.attempts,
            occurredAt: i.incident.occurredAt,
          },
        ]
      : [],
  );
  return { items, nextCursor: failed.length > offset + size ? offsetCursor(offset + size) : null };
}

/** Runs the failed step of a path again with corrected variables; process owners only. */
export async function retryInstance(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  input: { variables?: Record<string, unknown> },
): Promise<PublicInstance> {
  if (!hasAnyRole(caller, ['process-owner'])) throw new AppError('forbidden', 'only process owners retry incidents');
  refuseEngineOwned(input.variables, '/variables');
  checkFreeVariables(input.variables, '/variables');
  const detail = input.variables
    ? `incident retried with corrected variables ${Object.keys(input.variables).join(', ')}`
    : 'incident retried';
  // The log row commits with the retry itself.
  const after = await deps.engine.retryInstance(id, {
    variables: input.variables,
    by: caller.id,
    audit: [{ actor: caller.id, action: 'retry', detail, role: 'process-owner', why: 'incident retry' }],
  });
  // A process owner oversees paths: the answer carries no variables.
  const { revision: _revision, ...rest } = after;
  return { ...rest, variables: {} };
}
