/**
 * The modeler of the page, living as long as the page (React StrictMode's second mount gets a fresh
 * one): created lazily with its panel, it reports unsaved changes, lint findings by element name in
 * the user's language, and the simulation switch; unsaved changes warn before the page is left.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PolkuModeler } from './createModeler';
import { nameOf } from './diagrams';
import type { LintIssue } from './LintList';
import type { Registry } from './modelerActions';
import type { PolkuPanelConfig } from './polkuPanel';
import { translator } from './translate';

export function useModeler(
  config: PolkuPanelConfig | null,
  canvas: RefObject<HTMLDivElement | null>,
  panel: RefObject<HTMLElement | null>,
) {
  const modelerRef = useRef<PolkuModeler | null>(null);
  const [ready, setReady] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<LintIssue[] | null>(null);
  const [simulating, setSimulating] = useState(false);

  useEffect(() => {
    if (!config || !canvas.current || !panel.current) return;
    let cancelled = false;
    let modeler: PolkuModeler | null = null;
    let stopSimulationWords = () => {};
    const container = canvas.current;
    const panelParent = panel.current;
    const words = translator(config.language);
    void Promise.all([import('./createModeler'), import('./simulationFinnish')]).then(([{ createModeler }, { translateSimulation }]) => {
      if (cancelled) return;
      modeler = createModeler(container, panelParent, config);
      modelerRef.current = modeler;
      const registry = modeler.get<Registry>('elementRegistry');
      modeler.on('commandStack.changed', () => setDirty(true));
      modeler.on('linting.completed', (e) => {
        const found = (e as { issues: Record<string, { id: string; message: string; category: string }[]> }).issues;
        setIssues(
          Object.values(found)
            .flat()
            .map((i) => ({
              elementId: i.id,
              elementName: nameOf(registry.get(i.id), words),
              message: words(i.message),
              category: i.category,
            })),
        );
      });
      modeler.on('tokenSimulation.toggleMode', (e) => setSimulating((e as { active: boolean }).active));
      if (config.language === 'fi') stopSimulationWords = translateSimulation(container, words);
      setReady(true);
    });
    return () => {
      cancelled = true;
      stopSimulationWords();
      modeler?.destroy();
      modelerRef.current = null;
      setReady(false);
    };
  }, [config, canvas, panel]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return { modelerRef, ready, dirty, setDirty, issues, simulating };
}
