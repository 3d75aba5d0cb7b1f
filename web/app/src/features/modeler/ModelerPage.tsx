/**
 * The process owner's modeler: open any deployed version or a new diagram, edit it with the
 * Camunda 7 properties and the Polku group, see bpmnlint's findings on the elements, simulate
 * tokens, deploy as a new version with a change note after seeing the lint result (a refusal is
 * shown on the elements it names), download BPMN or SVG. A .bpmn file from another tool opens by
 * button or drag-and-drop, with every import warning and a switch between all its diagrams.
 * Unsaved changes warn before the page is left.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { ApiError, type ErrorDetail } from '../../lib/api';
import { deploy, fetchXml, useCatalog, useDefinitions } from './api';
import type { PolkuPanelConfig } from './polkuPanel';
import { newDiagramXml } from './template';
import './modeler.css';
import { processName } from '../../lib/processName';
import { DeployDialog } from './DeployDialog';
import { LintList } from './LintList';
import { describeWarning } from './importWarnings';
import { readXmlFile } from './openFile';
import { translator } from './translate';
import { useModeler } from './useModeler';
import { diagramLabel, diagramsOf, download, mainProcessOf, type Definitions } from './diagrams';
import { DiagramTabs, ImportWarnings } from './ImportNotices';
import { clearDeployErrors, selectElement, showDeployErrors, toggleSimulation, type Canvas } from './modelerActions';

type Notice = { status: 'neutral' | 'error'; text: string; details?: (ErrorDetail & { label: string })[] };
export default function ModelerPage() {
  const { t, i18n } = useTranslation();
  const definitions = useDefinitions();
  const catalog = useCatalog();
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [diagrams, setDiagrams] = useState<{ id: string; label: string }[]>([]);
  const [activeDiagram, setActiveDiagram] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [choice, setChoice] = useState<{ processKey: string; version: string }>({ processKey: '', version: '' });
  const [opened, setOpened] = useState<string>('');

  const language = i18n.language === 'en' ? 'en' : 'fi';
  const translate = useMemo(() => translator(language), [language]);
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
  const { modelerRef, ready, dirty, setDirty, issues, simulating } = useModeler(config, canvas, panel);

  const keys = useMemo(() => [...new Set((definitions.data?.items ?? []).map((d) => d.processKey))], [definitions.data]);
  const versions = (definitions.data?.items ?? []).filter((d) => d.processKey === choice.processKey).map((d) => d.version);

  async function load(xml: string, label: string) {
    const modeler = modelerRef.current;
    if (!modeler) return;
    if (dirty && !window.confirm(t('modeler.discardChanges'))) return;
    let result: { warnings: { message?: string }[] };
    try {
      result = await modeler.importXML(xml);
    } catch (err) {
      // An import into a modeler torn down meanwhile (pitfall 6) is no error of the diagram.
      if (modelerRef.current === modeler) {
        setWarnings(((err as { warnings?: { message?: string }[] }).warnings ?? []).map((w) => describeWarning(String(w.message), t)));
        setNotice({ status: 'error', text: t('modeler.importFailed') });
      }
      return;
    }
    if (modelerRef.current !== modeler) return;
    const all = diagramsOf(modeler.getDefinitions() as Definitions);
    setDiagrams(all.map((d, n) => ({ id: d.id, label: diagramLabel(d, n, (k) => t('modeler.diagramN', { n: k + 1 })) })));
    setActiveDiagram(all[0]?.id ?? '');
    setWarnings(result.warnings.map((w) => describeWarning(String(w.message), t)));
    modeler.get<Canvas>('canvas').zoom('fit-viewport');
    setOpened(label);
    setDirty(false);
    setNotice(null);
  }

  async function openDiagram(id: string) {
    const modeler = modelerRef.current;
    if (!modeler || id === activeDiagram) return;
    await modeler.open(id);
    modeler.get<Canvas>('canvas').zoom('fit-viewport');
    setActiveDiagram(id);
  }

  async function openChosen() {
    if (!choice.processKey) return;
    const version = Number(choice.version) || Math.max(...versions);
    try {
      await load(
        await fetchXml(choice.processKey, version),
        t('modeler.openedVersion', { name: processName(t, choice.processKey), version }),
      );
    } catch (err) {
      setNotice({ status: 'error', text: err instanceof ApiError ? err.message : String(err) });
    }
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    const { xml } = await readXmlFile(file);
    await load(xml, t('modeler.openedFile', { file: file.name }));
  }

  async function deployDiagram(note: string) {
    setConfirming(false);
    const modeler = modelerRef.current;
    if (!modeler) return;
    const { xml = '' } = await modeler.saveXML({ format: true });
    clearDeployErrors(modeler);
    const key = mainProcessOf(modeler.getDefinitions() as Definitions)?.id ?? 'process';
    const versionLabel = (d: { processKey: string; version: number }) =>
      t('modeler.openedVersion', { name: processName(t, d.processKey), version: d.version });
    try {
      const result = await deploy(`${key}.bpmn`, xml, note);
      setNotice({ status: 'neutral', text: t('modeler.deployed', { list: result.deployments.map(versionLabel).join(', ') }) });
      const mine = result.deployments.find((d) => d.processKey === key) ?? result.deployments[0];
      if (mine) setOpened(versionLabel(mine));
      setDirty(false);
      definitions.reload();
    } catch (err) {
      const details = err instanceof ApiError ? err.details : [];
      const labelled = showDeployErrors(modeler, details, translate, t('modeler.unnamedElement'));
      setNotice({ status: 'error', text: t('modeler.deployRefused'), details: labelled });
    }
  }

  async function save(kind: 'bpmn' | 'svg') {
    const modeler = modelerRef.current;
    if (!modeler) return;
    const { xml = '' } = await modeler.saveXML({ format: true });
    const key = mainProcessOf(modeler.getDefinitions() as Definitions)?.id ?? 'process';
    if (kind === 'bpmn') download(`${key}.bpmn`, 'application/xml', xml);
    else download(`${key}.svg`, 'image/svg+xml', (await modeler.saveSVG()).svg);
  }

  const select = (id: string) => selectElement(modelerRef.current, id);

  const errorCount = issues?.filter((i) => i.category === 'error').length ?? null;

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
        <Button variant="secondary" onClick={() => fileInput.current?.click()} disabled={!ready}>
          {t('modeler.openFile')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".bpmn,.xml,application/xml,text/xml"
          className="visually-hidden"
          aria-hidden="true"
          tabIndex={-1}
          onChange={(e) => {
            void openFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <div className="modeler-toolbar">
        <Button onClick={() => setConfirming(true)} disabled={!ready || !opened}>
          {t('modeler.deploy')}
        </Button>
        <Button
          variant="secondary"
          aria-pressed={simulating}
          onClick={() => modelerRef.current && toggleSimulation(modelerRef.current)}
          disabled={!ready || !opened}
        >
          {simulating ? t('modeler.simulationOff') : t('modeler.simulationOn')}
        </Button>
        <Button variant="secondary" onClick={() => void save('bpmn')} disabled={!opened}>
          {t('modeler.downloadBpmn')}
        </Button>
        <Button variant="secondary" onClick={() => void save('svg')} disabled={!opened}>
          {t('modeler.downloadSvg')}
        </Button>
        <p className="modeler-status" role="status">
          {opened && <span className="modeler-opened">{opened}</span>}
          {dirty && <span className="badge">{t('modeler.unsaved')}</span>}
          {opened && errorCount !== null && (
            <span className={errorCount ? 'badge badge-late' : 'badge badge-ok'}>
              {errorCount ? t('modeler.lintErrors', { count: errorCount }) : t('modeler.lintOk')}
            </span>
          )}
        </p>
      </div>
      <DiagramTabs diagrams={diagrams} active={activeDiagram} onOpen={(id) => void openDiagram(id)} />
      <ImportWarnings warnings={warnings} />
      {notice && (
        <InlineAlert status={notice.status} role={notice.status === 'error' ? 'alert' : 'status'}>
          {notice.text}
          {!!notice.details?.length && (
            <ul className="deploy-details">
              {notice.details.map((d, i) => (
                <li key={i}>
                  <button type="button" className="link-button" onClick={() => select(d.path.replace(/^#/, ''))}>
                    {d.label}
                  </button>
                  : {translate(d.message)}
                </li>
              ))}
            </ul>
          )}
        </InlineAlert>
      )}
      {opened && issues && <LintList issues={issues} onSelect={select} />}
      {!ready && <Loading />}
      {ready && !opened && <p className="muted">{t('modeler.hint')}</p>}
      <div
        className={dragging ? 'modeler-layout modeler-drop' : 'modeler-layout'}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          if (!e.dataTransfer.files.length) return;
          e.preventDefault();
          setDragging(false);
          void openFile(e.dataTransfer.files[0]);
        }}
      >
        <div ref={canvas} className="modeler-canvas" role="application" aria-label={t('modeler.canvasLabel')} />
        <aside ref={panel} className="modeler-panel" aria-label={t('modeler.panelLabel')} />
      </div>
      {confirming && (
        <DeployDialog
          processLabel={opened}
          issues={issues ?? []}
          onConfirm={(note) => void deployDiagram(note)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
