/**
 * The process owner's modeler: open any deployed version or a new diagram, edit it with the
 * Camunda 7 properties and the Polku group, see bpmnlint's findings on the elements, simulate
 * tokens, deploy as a new version (a refusal is shown on the elements it names), download BPMN or
 * SVG. Unsaved changes warn before the page is left.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { ApiError, type ErrorDetail } from '../../lib/api';
import type { PolkuModeler } from './createModeler';
import { deploy, fetchXml, useCatalog, useDefinitions } from './api';
import type { PolkuPanelConfig } from './polkuPanel';
import { newDiagramXml } from './template';
import './modeler.css';
import { processName } from '../../lib/processName';

type Notice = { status: 'neutral' | 'error'; text: string; details?: ErrorDetail[] };
type Overlays = {
  add(id: string, type: string, o: { position: Record<string, number>; html: HTMLElement }): void;
  remove(filter: { type: string }): void;
};
type Registry = { get(id: string): unknown };

/** Offers a file to download without leaving the page. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** The process id of a BPMN file (what a deployment's key will be). */
function processKeyOf(xml: string): string {
  return /<bpmn:process[^>]*\sid="([^"]+)"/.exec(xml)?.[1] ?? 'process';
}

export default function ModelerPage() {
  const { t, i18n } = useTranslation();
  const definitions = useDefinitions();
  const catalog = useCatalog();
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<PolkuModeler | null>(null);
  const [ready, setReady] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [lintErrors, setLintErrors] = useState<number | null>(null);
  const [simulating, setSimulating] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [choice, setChoice] = useState<{ processKey: string; version: string }>({ processKey: '', version: '' });
  const [opened, setOpened] = useState<string>('');

  const language = i18n.language === 'en' ? 'en' : 'fi';
  const config = useMemo<PolkuPanelConfig | null>(() => {
    if (!catalog.data) return null;
    return {
      roles: catalog.data.roles.map((id) => ({ id, label: `${t(`roles.${id}`, { defaultValue: id })} (${id})` })),
      forms: catalog.data.forms.map((f) => ({ key: f.key, label: `${f.title} (${f.key})` })),
      language,
      texts: {
        group: t('modeler.panel.group'),
        duration: t('modeler.panel.duration'),
        durationInvalid: t('modeler.panel.durationInvalid'),
        role: t('modeler.panel.role'),
        form: t('modeler.panel.form'),
        none: t('modeler.panel.none'),
      },
    };
  }, [catalog.data, language, t]);

  // The modeler lives as long as the page; React StrictMode's second mount gets a fresh one.
  useEffect(() => {
    if (!config || !canvas.current || !panel.current) return;
    let cancelled = false;
    let modeler: PolkuModeler | null = null;
    const container = canvas.current;
    const panelParent = panel.current;
    void import('./createModeler').then(({ createModeler }) => {
      if (cancelled) return;
      modeler = createModeler(container, panelParent, config);
      modelerRef.current = modeler;
      modeler.on('commandStack.changed', () => setDirty(true));
      modeler.on('linting.completed', (e) => {
        const issues = (e as { issues: Record<string, { category: string }[]> }).issues;
        setLintErrors(
          Object.values(issues)
            .flat()
            .filter((i) => i.category === 'error').length,
        );
      });
      modeler.on('tokenSimulation.toggleMode', (e) => setSimulating((e as { active: boolean }).active));
      setReady(true);
    });
    return () => {
      cancelled = true;
      modeler?.destroy();
      modelerRef.current = null;
      setReady(false);
    };
  }, [config]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const keys = useMemo(() => [...new Set((definitions.data?.items ?? []).map((d) => d.processKey))], [definitions.data]);
  const versions = (definitions.data?.items ?? []).filter((d) => d.processKey === choice.processKey).map((d) => d.version);

  async function load(xml: string, label: string) {
    const modeler = modelerRef.current;
    if (!modeler) return;
    if (dirty && !window.confirm(t('modeler.discardChanges'))) return;
    try {
      await modeler.importXML(xml);
    } catch {
      // An import into a modeler torn down meanwhile (pitfall 6) is no error of the diagram.
      if (modelerRef.current === modeler) setNotice({ status: 'error', text: t('modeler.importFailed') });
      return;
    }
    if (modelerRef.current !== modeler) return;
    (modeler.get('canvas') as { zoom(m: string): void }).zoom('fit-viewport');
    setOpened(label);
    setDirty(false);
    setNotice(null);
  }

  async function openChosen() {
    if (!choice.processKey) return;
    const version = Number(choice.version) || Math.max(...versions);
    try {
      await load(await fetchXml(choice.processKey, version), t('modeler.openedVersion', { key: choice.processKey, version }));
    } catch (err) {
      setNotice({ status: 'error', text: err instanceof ApiError ? err.message : String(err) });
    }
  }

  async function deployDiagram() {
    const modeler = modelerRef.current;
    if (!modeler) return;
    const { xml = '' } = await modeler.saveXML({ format: true });
    const overlays = modeler.get<Overlays>('overlays');
    overlays.remove({ type: 'polku-deploy' });
    try {
      const result = await deploy(`${processKeyOf(xml)}.bpmn`, xml);
      const list = result.deployments.map((d) => `${d.processKey} v${d.version}`).join(', ');
      setNotice({ status: 'neutral', text: t('modeler.deployed', { list }) });
      setDirty(false);
      definitions.reload();
    } catch (err) {
      const details = err instanceof ApiError ? err.details : [];
      const registry = modeler.get<Registry>('elementRegistry');
      for (const d of details) {
        const id = d.path.replace(/^#/, '');
        if (!registry.get(id)) continue;
        const html = document.createElement('div');
        html.className = 'deploy-error-note';
        html.textContent = d.message;
        overlays.add(id, 'polku-deploy', { position: { bottom: -6, left: 0 }, html });
      }
      setNotice({ status: 'error', text: t('modeler.deployRefused'), details });
    }
  }

  async function save(kind: 'bpmn' | 'svg') {
    const modeler = modelerRef.current;
    if (!modeler) return;
    const { xml = '' } = await modeler.saveXML({ format: true });
    const key = processKeyOf(xml);
    if (kind === 'bpmn') download(`${key}.bpmn`, 'application/xml', xml);
    else download(`${key}.svg`, 'image/svg+xml', (await modeler.saveSVG()).svg);
  }

  /** Token simulation's play buttons show only near full size: a zoomed-out diagram comes closer to its start. */
  function toggleSimulation() {
    const modeler = modelerRef.current;
    if (!modeler) return;
    modeler.get<{ toggleMode(): void }>('toggleMode').toggleMode();
    const canvas = modeler.get<{ zoom(level?: number): number; scrollToElement(e: unknown): void }>('canvas');
    const start = modeler
      .get<{ filter(f: (e: { type: string }) => boolean): unknown[] }>('elementRegistry')
      .filter((e) => e.type === 'bpmn:StartEvent')[0];
    if (canvas.zoom() < 0.7 && start) {
      canvas.zoom(0.9);
      canvas.scrollToElement(start);
    }
  }

  function select(id: string) {
    const modeler = modelerRef.current;
    const element = modeler?.get<Registry>('elementRegistry').get(id);
    if (element) modeler?.get<{ select(e: unknown): void }>('selection').select(element);
  }

  if (catalog.error) return <ErrorMessage error={catalog.error} />;

  return (
    <section className="page modeler-page" aria-labelledby="modeler-title">
      <Heading variant="h1" id="modeler-title">
        {t('modeler.title')}
      </Heading>
      <div className="modeler-toolbar">
        <label className="field-inline">
          <span>{t('modeler.process')}</span>
          <select value={choice.processKey} onChange={(e) => setChoice({ processKey: e.target.value, version: '' })}>
            <option value="">{t('modeler.chooseProcess')}</option>
            {keys.map((k) => (
              <option key={k} value={k}>
                {processName(t, k)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('modeler.version')}</span>
          <select value={choice.version} onChange={(e) => setChoice({ ...choice, version: e.target.value })} disabled={!choice.processKey}>
            <option value="">{t('modeler.latest')}</option>
            {versions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <Button variant="secondary" onClick={() => void openChosen()} disabled={!ready || !choice.processKey}>
          {t('modeler.open')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => void load(newDiagramXml(`process-${Date.now().toString(36)}`, t('modeler.newName')), t('modeler.newDiagram'))}
          disabled={!ready}
        >
          {t('modeler.new')}
        </Button>
      </div>
      <div className="modeler-toolbar">
        <Button onClick={() => void deployDiagram()} disabled={!ready || !opened}>
          {t('modeler.deploy')}
        </Button>
        <Button variant="secondary" aria-pressed={simulating} onClick={toggleSimulation} disabled={!ready || !opened}>
          {simulating ? t('modeler.simulationOff') : t('modeler.simulationOn')}
        </Button>
        <Button variant="secondary" onClick={() => void save('bpmn')} disabled={!opened}>
          {t('modeler.downloadBpmn')}
        </Button>
        <Button variant="secondary" onClick={() => void save('svg')} disabled={!opened}>
          {t('modeler.downloadSvg')}
        </Button>
        <p className="modeler-status" role="status">
          {opened && <span>{opened}</span>}
          {dirty && <span className="badge">{t('modeler.unsaved')}</span>}
          {opened && lintErrors !== null && (
            <span className={lintErrors ? 'badge badge-late' : 'badge badge-ok'}>
              {lintErrors ? t('modeler.lintErrors', { count: lintErrors }) : t('modeler.lintOk')}
            </span>
          )}
        </p>
      </div>
      {notice && (
        <InlineAlert status={notice.status} role={notice.status === 'error' ? 'alert' : 'status'}>
          {notice.text}
          {!!notice.details?.length && (
            <ul className="deploy-details">
              {notice.details.map((d, i) => (
                <li key={i}>
                  <button type="button" className="link-button" onClick={() => select(d.path.replace(/^#/, ''))}>
                    {d.path.replace(/^#/, '')}
                  </button>
                  : {d.message}
                </li>
              ))}
            </ul>
          )}
        </InlineAlert>
      )}
      {!ready && <Loading />}
      {ready && !opened && <p className="muted">{t('modeler.hint')}</p>}
      <div className="modeler-layout">
        <div ref={canvas} className="modeler-canvas" role="application" aria-label={t('modeler.canvasLabel')} />
        <aside ref={panel} className="modeler-panel" aria-label={t('modeler.panelLabel')} />
      </div>
    </section>
  );
}
