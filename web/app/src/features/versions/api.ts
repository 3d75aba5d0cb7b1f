/** Versions and migration: every version of a process with the paths on it, two versions' XML, moving paths. */
import { api, query } from '../../lib/api';
import type { Definition, Page } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export interface VersionItem {
  processKey: string;
  version: number;
  name: string;
  deployedAt: string;
  deployedBy: string | null;
  running: number;
  failed: number;
}

export interface MigrationResult {
  migrated: string[];
  refused: { id: string; reason: string }[];
}

/** The latest version of each process (for choosing one). */
export function useProcesses() {
  return useApi('/api/process-definitions', (signal) => api<Page<Definition>>('/api/process-definitions', { signal }));
}

const versionsPath = (key: string) => `/api/process-definitions/${encodeURIComponent(key)}/versions`;

export function useVersions(processKey: string) {
  return useApi(processKey ? versionsPath(processKey) : null, (signal) =>
    api<{ items: VersionItem[] }>(versionsPath(processKey), { signal }),
  );
}

const xmlPath = (key: string, version: number) => `/api/process-definitions/${encodeURIComponent(key)}/xml${query({ version })}`;

/** The XML of two versions of a process (null until both are chosen). */
export function useTwoVersions(processKey: string, a: number, b: number) {
  const key = processKey && a && b ? `${processKey}:${a}:${b}` : null;
  return useApi(key, async (signal) => {
    const [older, newer] = await Promise.all([
      api<string>(xmlPath(processKey, a), { signal, text: true }),
      api<string>(xmlPath(processKey, b), { signal, text: true }),
    ]);
    return { older, newer };
  });
}

export function migrate(
  processKey: string,
  body: { fromVersion: number; toVersion: number; mapping?: Record<string, string>; instanceIds?: string[]; dryRun?: boolean },
) {
  return api<MigrationResult>(`/api/process-definitions/${encodeURIComponent(processKey)}/migrations`, { method: 'POST', body });
}
