/** Versions and migration: every version of a process with the paths on it, two versions' XML, moving paths. */
import { api, diagramXmlPath } from '../../lib/api';
import type { Definition, Page } from '../../lib/types';
import { useApi, useGet } from '../../lib/useApi';

export interface VersionItem {
  processKey: string;
  version: number;
  name: string;
  deployedAt: string;
  deployedBy: string | null;
  note: string | null;
  running: number;
  failed: number;
}

export interface MigrationResult {
  migrated: string[];
  refused: { id: string; reason: string }[];
}

/** The latest version of each process (for choosing one). */
export function useProcesses() {
  return useGet<Page<Definition>>('/api/process-definitions');
}

const versionsPath = (key: string) => `/api/process-definitions/${encodeURIComponent(key)}/versions`;

export function useVersions(processKey: string) {
  return useGet<{ items: VersionItem[] }>(processKey ? versionsPath(processKey) : null);
}

/** The XML of two versions of a process (null until both are chosen). */
export function useTwoVersions(processKey: string, a: number, b: number) {
  const key = processKey && a && b ? `${processKey}:${a}:${b}` : null;
  return useApi(key, async (signal) => {
    const [older, newer] = await Promise.all([
      api<string>(diagramXmlPath(processKey, a), { signal, text: true }),
      api<string>(diagramXmlPath(processKey, b), { signal, text: true }),
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
