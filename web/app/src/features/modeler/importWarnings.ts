/** bpmn-js's import warnings in words: each one translated when its kind is known, the element ids kept for finding them. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

const KINDS: [RegExp, string][] = [
  [/^unsupported document encoding <([^>]+)>/, 'encoding'],
  [/^unresolved reference <([^>]+)>/, 'unresolved'],
  [/^unparsable content <([^>]+)> detected/, 'unparsable'],
  [/^unknown attribute <([^>]+)>/, 'unknownAttribute'],
  [/^unrecognized element <([^>]+)>/, 'unknownElement'],
  [/^no bpmnElement referenced in <([^>]+)>/, 'noElement'],
  [/^multiple DI elements defined for <([^>]+)>/, 'multipleDi'],
  [/^element <([^>]+)> referenced by <[^>]+> not yet drawn/, 'notDrawn'],
  [/^missing (.+)$/, 'missing'],
];

/** One import warning as the owner reads it. */
export function describeWarning(message: string, t: Translate): string {
  for (const [pattern, kind] of KINDS) {
    const m = pattern.exec(message);
    // A DI shape is named by its id: the file gives it nothing else.
    if (m) return t(`modeler.importWarning.${kind}`, { name: /\sid="([^"]+)"/.exec(m[1])?.[1] ?? m[1] });
  }
  return t('modeler.importWarning.other', { message });
}
