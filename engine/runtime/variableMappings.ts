/**
 * Which variables cross a call activity, from `camunda:in` (parent → child) and `camunda:out`
 * (child → parent): `source`/`target` pairs or `variables="all"`. Without any mapping all
 * variables cross, as in Camunda 8; a call into an anonymous process maps only what it may see.
 */
import { invalidBpmn } from '../errors.js';
import { ENGINE_OWNED } from '../engineOwned.js';
import type { ModdleElement } from './moddleElement.js';

export type VariableMapping = { all: true } | { source: string; target: string };

/** The mappings of one direction on a call activity, or null when it declares none. */
export function mappingsOf(callActivity: ModdleElement, type: 'camunda:In' | 'camunda:Out'): VariableMapping[] | null {
  const ext = callActivity.extensionElements as { values?: ModdleElement[] } | undefined;
  const found = (ext?.values ?? []).filter((v) => v.$type === type);
  if (!found.length) return null;
  return found.map((m) =>
    m.variables === 'all' ? { all: true as const } : { source: String(m.source ?? ''), target: String(m.target ?? m.source ?? '') },
  );
}

/**
 * The mappings that would write an engine-owned variable (the responsible person, the starter, …)
 * from another variable: a diagram must never make someone responsible. Passing the field on
 * under its own name (`source` = `target`) is no such write.
 */
export function ownedTargets(mappings: VariableMapping[] | null): string[] {
  return (mappings ?? []).flatMap((m) =>
    'all' in m || m.source === m.target || !(ENGINE_OWNED as readonly string[]).includes(m.target) ? [] : [m.target],
  );
}

/** The variables that cross: all of them without mappings, else only the mapped ones; a mapping into an engine-owned name is refused. */
export function mapVariables(mappings: VariableMapping[] | null, from: Record<string, unknown>): Record<string, unknown> {
  if (!mappings) return { ...from };
  const owned = ownedTargets(mappings);
  if (owned.length)
    throw invalidBpmn(
      'a call activity maps into a variable the engine owns',
      owned.map((target) => ({ path: `target=${target}`, message: `${target} is set by Polku, not by a mapping` })),
    );
  const to: Record<string, unknown> = {};
  for (const m of mappings) {
    if ('all' in m) Object.assign(to, from);
    else if (m.source && Object.prototype.hasOwnProperty.call(from, m.source)) to[m.target] = from[m.source];
  }
  return to;
}
