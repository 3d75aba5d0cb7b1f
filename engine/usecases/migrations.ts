/** Process versions for process owners: what runs on each, moving running paths between them, counts for operations, the known roles. */
import type { MigrationResult } from '../api.js';
import { AppError, notFound } from '../errors.js';
import { ROLES } from '../roles.js';
import type { InstanceCount } from '../store/Store.js';
import { hasAnyRole, type Caller, type UseCaseDeps } from './context.js';
import { INCIDENT_ROLES } from './incidents.js';

/** One deployed version with who deployed it and how many paths are on it. */
export interface VersionItem {
  processKey: string;
  version: number;
  name: string;
  deployedAt: string;
  deployedBy: string | null;
  /** The deployer's change note, or null. */
  note: string | null;
  running: number;
  failed: number;
}

function requireOwner(caller: Caller, what: string): void {
  if (!hasAnyRole(caller, ['process-owner'])) throw new AppError('forbidden', `only process owners ${what}`);
}

/** Every version of a process, oldest first, with the running and failed paths on each (counted by the store). */
export async function listVersions(deps: UseCaseDeps, caller: Caller, processKey: string): Promise<VersionItem[]> {
  requireOwner(caller, 'see process versions');
  const deployments = (await deps.store.listDeployments(true)).filter((d) => d.processKey === processKey);
  if (!deployments.length) throw notFound('process definition');
  const [counts, names] = await Promise.all([
    deps.store.countInstances(processKey),
    deps.store.listDisplayNames(deployments.flatMap((d) => (d.deployedBy ? [d.deployedBy] : []))),
  ]);
  const count = (version: number, state: string) => counts.find((c) => c.version === version && c.state === state)?.count ?? 0;
  return deployments.map((d) => ({
    processKey,
    version: d.version,
    name: d.name,
    deployedAt: d.deployedAt,
    deployedBy: d.deployedBy ? (names.get(d.deployedBy) ?? d.deployedBy) : null,
    note: d.note ?? null,
    running: count(d.version, 'running'),
    failed: count(d.version, 'failed'),
  }));
}

/** Moves running paths of a process from one version to another, or plans it (`dryRun`); process owners only. */
export async function migrateInstances(
  deps: UseCaseDeps,
  caller: Caller,
  processKey: string,
  input: { fromVersion: number; toVersion: number; mapping?: Record<string, string>; instanceIds?: string[]; dryRun?: boolean },
): Promise<MigrationResult> {
  requireOwner(caller, 'migrate paths');
  if (input.fromVersion === input.toVersion)
    throw new AppError('invalid_input', 'the versions are the same', [{ path: '/toVersion', message: 'same as fromVersion' }]);
  const detail = `migrated from version ${input.fromVersion} to ${input.toVersion}`;
  return deps.engine.migrateInstances({
    processKey,
    ...input,
    by: caller.id,
    // Each moved path's log row commits with its move.
    audit: [{ actor: caller.id, action: 'migrate', detail, role: 'process-owner', why: 'process version migration' }],
  });
}

/** Instances per process, version and state (figures only, no client data); process owners and operations. */
export async function instanceCounts(deps: UseCaseDeps, caller: Caller, processKey?: string): Promise<InstanceCount[]> {
  if (!hasAnyRole(caller, INCIDENT_ROLES)) throw new AppError('forbidden', 'instance counts are for process owners and operations');
  return deps.store.countInstances(processKey);
}

/** The known role ids, for choosing a task's role in the modeler; process owners only. */
export function listRoles(caller: Caller): string[] {
  requireOwner(caller, 'list roles');
  return [...ROLES];
}
