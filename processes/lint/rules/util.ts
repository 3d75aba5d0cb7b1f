/** Small helpers shared by the Polku lint rules: bpmnlint's node shape and Camunda properties. */

/** A bpmn-moddle element as bpmnlint walks it. */
export interface LintNode {
  $type: string;
  id?: string;
  [key: string]: unknown;
}

export interface Reporter {
  report(id: string | undefined, message: string, path?: string[]): void;
}

/** The rule object bpmnlint expects from a rule factory. */
export interface LintRule {
  check(node: LintNode, reporter: Reporter): void;
}

/** True when the element is of the BPMN type (no subtype check needed for our rules). */
export const isType = (node: LintNode, ...types: string[]) => types.includes(node.$type);

/** The value of a `camunda:property` of an element, or undefined. */
export function camundaProperty(el: LintNode, name: string): string | undefined {
  const ext = el.extensionElements as { values?: LintNode[] } | undefined;
  for (const holder of ext?.values ?? []) {
    if (holder.$type !== 'camunda:Properties') continue;
    for (const prop of (holder.values as LintNode[] | undefined) ?? []) {
      if (prop.name === name) return typeof prop.value === 'string' ? prop.value : undefined;
    }
  }
  return undefined;
}

/** Splits a comma-separated role list. */
export const splitList = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
