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
  /** Zoom in, zoom out and fit buttons over the diagram (the wheel and dragging work in any case). */
  zoomControls?: boolean;
}

type Viewer = {
  importXML(xml: string): Promise<{ warnings: unknown[] }>;
  get<T>(name: string): T;
  destroy(): void;
};
type Canvas = { addMarker(id: string, cls: string): void; zoom(mode?: string | number): number };
type Overlays = {
  add(id: string, overlay: { position: { top?: number; left?: number; bottom?: number; right?: number }; html: HTMLElement }): void;
};
type Registry = { get(id: string): unknown };

export function BpmnViewer({ xml, markers = {}, overlays = [], label, zoomControls = false }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<Viewer | null>(null);
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
      viewerRef.current = viewer;
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
      viewerRef.current = null;
      viewer?.destroy();
    };
  }, [xml, markers, overlays]);

  function zoom(how: 'in' | 'out' | 'fit') {
    const canvas = viewerRef.current?.get<Canvas>('canvas');
    if (!canvas) return;
    if (how === 'fit') canvas.zoom('fit-viewport');
    else canvas.zoom(Math.min(4, Math.max(0.2, canvas.zoom() * (how === 'in' ? 1.25 : 0.8))));
  }

  return (
    <div className="diagram-frame">
      {failed && <p className="muted">{t('path.diagramFailed')}</p>}
      {zoomControls && (
        <div className="diagram-zoom" role="group" aria-label={t('diagram.zoom')}>
          {(['in', 'out', 'fit'] as const).map((z) => (
            <button key={z} type="button" onClick={() => zoom(z)}>
              {t(`diagram.zoom_${z}`)}
            </button>
          ))}
        </div>
      )}
      <div ref={container} className="diagram" role="figure" aria-label={label} />
    </div>
  );
}
