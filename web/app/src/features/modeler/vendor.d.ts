/** The modeler's libraries ship no types (WEB-STACK pitfall 11): declared here as loosely as they are used. */
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown;
  export const BpmnPropertiesProviderModule: unknown;
  export const CamundaPlatformPropertiesProviderModule: unknown;
  export function useService<T = unknown>(name: string): T;
}
declare module '@bpmn-io/properties-panel' {
  export const TextFieldEntry: unknown;
  export const SelectEntry: unknown;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
}
declare module '@bpmn-io/properties-panel/preact/jsx-runtime' {
  export function jsx(type: unknown, props: Record<string, unknown>): unknown;
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  const module: unknown;
  export default module;
}
declare module 'camunda-bpmn-moddle/resources/camunda.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
declare module 'bpmn-js-bpmnlint' {
  const module: unknown;
  export default module;
}
declare module 'bpmn-js-token-simulation' {
  const module: unknown;
  export default module;
}
declare module '*.bpmnlintrc' {
  const bundle: {
    config: { rules: Record<string, unknown> };
    resolver: { resolveRule(pkg: string, name: string): unknown; resolveConfig(pkg: string, name: string): unknown };
  };
  export default bundle;
}
declare module 'rollup-plugin-bpmnlint' {
  import type { Plugin } from 'vite';
  export default function bpmnlint(options?: { include?: unknown; exclude?: unknown }): Plugin;
}
declare module 'bpmn-js-differ' {
  export function diff(
    a: unknown,
    b: unknown,
  ): {
    _added: Record<string, unknown>;
    _removed: Record<string, unknown>;
    _changed: Record<string, unknown>;
    _layoutChanged: Record<string, unknown>;
  };
}
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: unknown; elementsById: Record<string, unknown> }>;
  }
}
