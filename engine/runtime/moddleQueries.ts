/**
 * Small queries on a parsed BPMN file that need no parser: the engine uses them, and so does the
 * modeler in the browser, which runs the deployment checks (validateModel) before deploying.
 */
import type { ModdleContext, ModdleElement } from './moddleElement.js';

/** The bpmn:Process elements of a parsed file. */
export function processesOf(ctx: ModdleContext): ModdleElement[] {
  return (ctx.rootElement.rootElements ?? []).filter((e) => e.$type === 'bpmn:Process');
}

/** The value of the element's camunda:Properties property `name`, or undefined. */
export function propertyOf(el: ModdleElement, name: string): string | undefined {
  const ext = el.extensionElements as { values?: ModdleElement[] } | undefined;
  for (const v of ext?.values ?? []) {
    if (v.$type !== 'camunda:Properties') continue;
    for (const p of (v.values as ModdleElement[] | undefined) ?? []) {
      if (p.name === name && typeof p.value === 'string') return p.value;
    }
  }
  return undefined;
}
