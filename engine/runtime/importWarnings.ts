/**
 * What the XML reader's warnings mean for a deployment. bpmn-js opens a file with all of these;
 * the engine refuses only what changes how the process runs:
 * - `unsupported document encoding` (an `encoding="ISO-8859-1"` header): the XML reaches the
 *   engine as text already decoded, so the header is no blocker; nothing to report.
 * - an unresolved reference or an unknown attribute of a vendor's namespace (anything but BPMN,
 *   DI and DC), or of the diagram layout (bpmndi): a warning, the file deploys.
 * - everything else (an unresolved flow target, unparsable content): an error.
 */

export interface ImportWarning {
  message: string;
  element?: { id?: string; $type?: string };
  property?: string;
}

const PROCESS_PREFIXES = new Set(['bpmn']);

const prefixOf = (name: unknown): string | null => (typeof name === 'string' && name.includes(':') ? name.split(':')[0]! : null);

/** How much a reader warning weighs: 'ignore' (informational), 'warn' (deploys), 'error' (refused). */
export function importWarningLevel(w: ImportWarning): 'ignore' | 'warn' | 'error' {
  if (/^unsupported document encoding/i.test(w.message)) return 'ignore';
  const typePrefix = prefixOf(w.element?.$type);
  const propertyPrefix = prefixOf(w.property);
  const vendor =
    (typePrefix !== null && !PROCESS_PREFIXES.has(typePrefix)) || (propertyPrefix !== null && !PROCESS_PREFIXES.has(propertyPrefix));
  if (vendor && /^(unresolved reference|unknown attribute)/i.test(w.message)) return 'warn';
  return 'error';
}
