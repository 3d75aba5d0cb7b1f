/**
 * Incidents in words: the step's name from its version's diagram instead of its id, and the
 * engine's message (English, naming element ids) as a Finnish sentence when its kind is known.
 */
import { api, diagramXmlPath } from '../../lib/api';
import { useApi } from '../../lib/useApi';
import { flowNodesOf } from '../versions/diff';
import type { Incident } from './api';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const KINDS: [RegExp, string][] = [
  [/no (conditional )?flow|no outbound|no outgoing/i, 'noFlow'],
  [/FEEL|feel/, 'feel'],
  [/timer/i, 'timer'],
  [/script/i, 'script'],
  [/not (found|deployed)/i, 'notFound'],
];

/** The incident's message in words; an unknown kind keeps the engine's text after a Finnish lead. */
export function describeIncident(message: string, t: Translate): string {
  for (const [pattern, kind] of KINDS) if (pattern.test(message)) return t(`operations.messages.${kind}`);
  return t('operations.messages.other', { message });
}

/** Step names (id → name) of every process version that has an incident, loaded once per version. */
export function useStepNames(incidents: Incident[] | undefined) {
  const versions = [...new Set((incidents ?? []).map((i) => `${i.processKey}\u0000${i.version}`))].sort();
  return useApi(versions.length ? `step-names:${versions.join('|')}` : null, async (signal) => {
    const names = new Map<string, string>();
    for (const v of versions) {
      const [key, version] = v.split('\u0000');
      const nodes = await flowNodesOf(await api<string>(diagramXmlPath(key, Number(version)), { signal, text: true }));
      for (const [id, node] of nodes) if (node.name) names.set(`${v}\u0000${id}`, node.name);
    }
    return names;
  });
}

/** The name of an incident's step, or null when its diagram gives none. */
export function stepNameOf(names: Map<string, string> | undefined, i: Incident): string | null {
  return i.activityId ? (names?.get(`${i.processKey}\u0000${i.version}\u0000${i.activityId}`) ?? null) : null;
}
