/** What the modeler page does to the modeler itself: simulation, deploy refusals on the elements, selection. */
import type { ErrorDetail } from '../../lib/api';
import type { PolkuModeler } from './createModeler';
import { nameOf } from './diagrams';

export type Canvas = { zoom(level?: number | string): number; scrollToElement(e: unknown): void };
export type Registry = { get(id: string): { type?: string; businessObject?: { name?: string } } | undefined };
type Overlays = {
  add(id: string, type: string, o: { position: Record<string, number>; html: HTMLElement }): void;
  remove(filter: { type: string }): void;
};

/** Token simulation on or off; its play buttons show only near full size, so a zoomed-out diagram comes closer to its start. */
export function toggleSimulation(modeler: PolkuModeler): void {
  modeler.get<{ toggleMode(): void }>('toggleMode').toggleMode();
  const canvas = modeler.get<Canvas>('canvas');
  const start = modeler
    .get<{ filter(f: (e: { type: string }) => boolean): unknown[] }>('elementRegistry')
    .filter((e) => e.type === 'bpmn:StartEvent')[0];
  if (canvas.zoom() < 0.7 && start) {
    canvas.zoom(0.9);
    canvas.scrollToElement(start);
  }
}

/** Removes the notes of an earlier refusal. */
export function clearDeployErrors(modeler: PolkuModeler): void {
  modeler.get<Overlays>('overlays').remove({ type: 'polku-deploy' });
}

/** Puts each refusal on the element it names; returns the refusals with the element's name. */
export function showDeployErrors(
  modeler: PolkuModeler,
  details: ErrorDetail[],
  translate: (text: string) => string,
  unnamed: string,
): (ErrorDetail & { label: string })[] {
  const registry = modeler.get<Registry>('elementRegistry');
  const overlays = modeler.get<Overlays>('overlays');
  return details.map((d) => {
    const id = d.path.replace(/^#/, '');
    const element = registry.get(id);
    if (element) {
      const html = document.createElement('div');
      html.className = 'deploy-error-note';
      html.textContent = translate(d.message);
      overlays.add(id, 'polku-deploy', { position: { bottom: -6, left: 0 }, html });
    }
    return { ...d, label: nameOf(element, translate) ?? unnamed };
  });
}

/** Selects the element (it opens in the properties panel). */
export function selectElement(modeler: PolkuModeler | null, id: string): void {
  const element = modeler?.get<Registry>('elementRegistry').get(id);
  if (element) modeler?.get<{ select(e: unknown): void }>('selection').select(element);
}
