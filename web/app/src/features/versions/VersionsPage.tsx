/**
 * Versions of a process: when and by whom each was deployed and how many paths run on it, and a
 * visual diff of two versions (added, removed and changed elements marked, and listed in words).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import { BpmnViewer, type DiagramOverlay } from '../../components/BpmnViewer';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { useProcesses, useTwoVersions, useVersions } from './api';
import { diffVersions } from './diff';
import { ProcessSelect } from './ProcessSelect';
import './versions.css';

export default function VersionsPage() {
  const { t } = useTranslation();
  const processes = useProcesses();
  const [chosen, setChosen] = useState('');
  const processKey = chosen || processes.data?.items[0]?.processKey || '';
  const versions = useVersions(processKey);
  const latest = versions.data?.items.at(-1)?.version ?? 0;
  const [pair, setPair] = useState<{ key: string; older: number; newer: number } | null>(null);
  const older = pair?.key === processKey ? pair.older : Math.max(1, latest - 1);
  const newer = pair?.key === processKey ? pair.newer : latest;
  const xml = useTwoVersions(processKey, older, newer);
  const changes = useApi(xml.data ? `diff:${processKey}:${older}:${newer}` : null, () => diffVersions(xml.data!.older, xml.data!.newer));

  const view = useMemo(() => {
    const d = changes.data;
    if (!d) return null;
    const note = (ids: string[], text: string, className: string): DiagramOverlay[] =>
      ids.map((elementId) => ({ elementId, text, className }));
    return {
      olderMarkers: Object.fromEntries(d.removed.map((id) => [id, ['diff-removed']])),
      olderOverlays: note(d.removed, t('versions.diff.removed'), 'diff-note-removed'),
      newerMarkers: Object.fromEntries([...d.added.map((id) => [id, ['diff-added']]), ...d.changed.map((c) => [c.id, ['diff-changed']])]),
      newerOverlays: [
        ...note(d.added, t('versions.diff.added'), 'diff-note-added'),
        ...note(
          d.changed.map((c) => c.id),
          t('versions.diff.changed'),
          'diff-note-changed',
        ),
      ],
    };
  }, [changes.data, t]);

  if (processes.error) return <ErrorMessage error={processes.error} />;
  if (!processes.data) return <Loading />;
  const options = (versions.data?.items ?? []).map((v) => v.version);

  return (
    <section className="page versions-page" aria-labelledby="versions-title">
      <Heading variant="h1" id="versions-title">
        {t('versions.title')}
      </Heading>
      <ProcessSelect processes={processes.data.items} value={processKey} onChange={setChosen} />
      {versions.error && <ErrorMessage error={versions.error} />}
      {versions.data && (
        <table className="data-table">
          <caption>{t('versions.tableCaption', { key: processKey })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.version')}</th>
              <th scope="col">{t('versions.deployedAt')}</th>
              <th scope="col">{t('versions.deployedBy')}</th>
              <th scope="col">{t('versions.note')}</th>
              <th scope="col">{t('versions.running')}</th>
              <th scope="col">{t('versions.failed')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.data.items.map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td>{formatDateTime(v.deployedAt)}</td>
                <td>{v.deployedBy ?? '–'}</td>
                <td className="version-note">{v.note ?? '–'}</td>
                <td>{v.running}</td>
                <td>{v.failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to="/siirto">{t('versions.toMigration')}</Link>
      </p>
      <Heading variant="h2">{t('versions.diff.title')}</Heading>
      <div className="versions-toolbar">
        {(['older', 'newer'] as const).map((side) => (
          <label className="field-inline" key={side}>
            <span>{t(`versions.diff.${side}`)}</span>
            <select
              value={side === 'older' ? older : newer}
              onChange={(e) => setPair({ key: processKey, older, newer, [side]: Number(e.target.value) })}
            >
              {options.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {changes.data && (
        <ul className="diff-summary">
          <li>
            <span className="badge diff-badge-added">{t('versions.diff.added')}</span> {changes.data.added.join(', ') || '–'}
          </li>
          <li>
            <span className="badge diff-badge-removed">{t('versions.diff.removed')}</span> {changes.data.removed.join(', ') || '–'}
          </li>
          <li>
            <span className="badge diff-badge-changed">{t('versions.diff.changed')}</span>{' '}
            {changes.data.changed.map((c) => (c.attrs.length ? `${c.id} (${c.attrs.join(', ')})` : c.id)).join('; ') || '–'}
          </li>
        </ul>
      )}
      {xml.data && view && (
        <div className="diff-pair">
          <div>
            <Heading variant="h3">{t('versions.diff.versionLabel', { version: older })}</Heading>
            <BpmnViewer
              xml={xml.data.older}
              markers={view.olderMarkers}
              overlays={view.olderOverlays}
              label={t('versions.diff.versionLabel', { version: older })}
            />
          </div>
          <div>
            <Heading variant="h3">{t('versions.diff.versionLabel', { version: newer })}</Heading>
            <BpmnViewer
              xml={xml.data.newer}
              markers={view.newerMarkers}
              overlays={view.newerOverlays}
              label={t('versions.diff.versionLabel', { version: newer })}
            />
          </div>
        </div>
      )}
    </section>
  );
}
