/** What the modeler page reads from an opened file: its diagrams, the process a deployment is named after, downloads. */
export type ModdleEl = { $type: string; id?: string; name?: string; isExecutable?: boolean; processRef?: ModdleEl };
export type Diagram = { id: string; name?: string; plane?: { bpmnElement?: ModdleEl & { participants?: ModdleEl[] } } };
export type Definitions = { rootElements?: ModdleEl[]; diagrams?: Diagram[] };

/** Offers a file to download without leaving the page. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** The process a deployment is named after: the first executable one, else the first (any XML prefix: semantic:, model:, bpmn:). */
export function mainProcessOf(definitions: Definitions | undefined): ModdleEl | undefined {
  const processes = (definitions?.rootElements ?? []).filter((e) => e.$type === 'bpmn:Process');
  return processes.find((p) => p.isExecutable) ?? processes[0];
}

/** The diagrams of a file worth switching between (pools and processes, not drill-down planes of sub-processes). */
export function diagramsOf(definitions: Definitions | undefined): Diagram[] {
  return (definitions?.diagrams ?? []).filter((d) => d.plane?.bpmnElement?.$type !== 'bpmn:SubProcess');
}

/** A diagram's label: its own name, else its process's or pools' names. */
export function diagramLabel(d: Diagram, n: number, fallback: (n: number) => string): string {
  const el = d.plane?.bpmnElement;
  const pools = (el?.participants ?? []).map((p) => p.name ?? p.processRef?.name).filter(Boolean);
  return d.name || el?.name || pools.join(' – ') || fallback(n);
}

/** An element's name in the diagram, else its kind in words ("Sekvenssivuo"); null when the element is not drawn. */
export function nameOf(
  element: { type?: string; businessObject?: { name?: string } } | undefined,
  translate: (s: string) => string,
): string | null {
  if (!element) return null;
  const name = element.businessObject?.name?.trim();
  if (name) return name;
  const kind = (element.type ?? '').replace(/^bpmn:/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  return kind ? translate(kind.charAt(0) + kind.slice(1).toLowerCase()) : null;
}
