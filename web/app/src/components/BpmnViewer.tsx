/**
 * The one bpmn-js viewer of the app (path view, later the heatmap): shows a diagram with CSS markers
 * per element and small overlays. bpmn-js loads lazily, outside the inbox's first load.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DiagramOverlay {
  elementId: string;
  text: string;
  className?: string;
}

interface Props {
  xml: string;
  /** Element id → CSS classes added to it (e.g. done, active, late). */
  markers?: Record<string, string[]>;
  overlays?: DiagramOverlay[];
  /** Accessible name of the diagram region. */
  label: string;
}

type Viewer = {
  importXML(xml: string): Promise<{ warnings: unknown[] }>;
  get<T>(name: string): T;
  destroy(): void;
};
type Canvas = { addMarker(id: string, cls: string): void; zoom(mode: string): void };
type Overlays = {
  add(id: string, overlay: { position: { top?: number; left?: number; bottom?: number; right?: number }; html: HTMLElement }): void;
};
type Registry = { get(id: string): unknown };

export function BpmnViewer({ xml, markers = {}, overlays = [], label }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let viewer: Viewer | null = null;
    void (async () => {
      const [{ default: NavigatedViewer }] = await Promise.all([
        import('bpmn-js/lib/NavigatedViewer'),
        import('bpmn-js/dist/assets/diagram-js.css'),
        import('bpmn-js/dist/assets/bpmn-js.css'),
      ]);
      if (cancelled || !container.current) return;
      viewer = new NavigatedViewer({ container: container.current }) as unknown as Viewer;
      try {
        await viewer.importXML(xml);
      } catch {
        if (!cancelled) setFailed(true);
        return;
      }
      // React StrictMode mounts twice: an import into a destroyed viewer must stop here.
      if (cancelled) return;
      const canvas = viewer.get<Canvas>('canvas');
      const registry = viewer.get<Registry>('elementRegistry');
      const overlayService = viewer.get<Overlays>('overlays');
      canvas.zoom('fit-viewport');
      for (const [id, classes] of Object.entries(markers)) if (registry.get(id)) for (const c of classes) canvas.addMarker(id, c);
      for (const o of overlays) {
        if (!registry.get(o.elementId)) continue;
        const html = document.createElement('div');
        html.className = `diagram-note ${o.className ?? ''}`;
        html.textContent = o.text;
        overlayService.add(o.elementId, { position: { bottom: -4, left: 0 }, html });
      }
    })();
    return () => {
      cancelled = true;
      viewer?.destroy();
    };
  }, [xml, markers, overlays]);

  return (
    <div className="diagram-frame">
      {failed && <p className="muted">{t('path.diagramFailed')}</p>}
      <div ref={container} className="diagram" role="figure" aria-label={label} />
    </div>
  );
}
