/**
 * "Lämpökartta": per step of a chosen process version, the paths there now and the median and p90
 * wait, on the diagram (zoomable) and as a table, by step name. It opens on the newest version that
 * has paths; the legend names its units.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { BpmnViewer, type DiagramOverlay } from '../../components/BpmnViewer';
import { ErrorMessage, Loading } from '../../components/Status';
import { useApi, useDiagramXml } from '../../lib/useApi';
import { api } from '../../lib/api';
import { flowNodesOf } from '../versions/diff';
import { useDefinitions, useHeatmap, type Heatmap } from './api';
import { CsvLink } from './CsvLink';
import { csvHours, formatDuration } from './format';
import { useUnits } from './useUnits';
import './reports.css';
import { processName } from '../../lib/processName';

/** Up to five steps of the colour scale (fewer when fewer paths wait), by the share of the busiest step's waiting paths. */
const LEVELS = 5;
const levelsFor = (max: number) => Math.min(LEVELS, max);
const levelOf = (active: number, max: number) =>
  max === 0 || active === 0 ? 0 : Math.min(levelsFor(max), Math.ceil((active / max) * levelsFor(max)));
/** The colour class of a level: the darkest for the top level whatever the number of levels. */
const colourOf = (level: number, max: number) => (level === 0 ? 0 : Math.round((level * LEVELS) / levelsFor(max)));

export default function HeatmapPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const definitions = useDefinitions();
  const all = useMemo(() => definitions.data ?? [], [definitions.data]);
  const keys = useMemo(() => [...new Set(all.map((d) => d.processKey))].sort(), [all]);
  const [chosen, setChosen] = useState<{ processKey: string; version?: number }>({ processKey: '' });
  const processKey = chosen.processKey || (keys.includes('team-process') ? 'team-process' : (keys[0] ?? ''));
  const versions = useMemo(
    () =>
      all
        .filter((d) => d.processKey === processKey)
        .map((d) => d.version)
        .sort((a, b) => b - a),
    [all, processKey],
  );
  // Unless the manager chose one, the newest version on which any path has been.
  const withPaths = useApi(
    !chosen.version && versions.length ? `heat-newest:${processKey}:${versions.join(',')}` : null,
    async (signal) => {
      for (const v of versions) {
        const h = await api<Heatmap>(`/api/reports/heatmap?processKey=${encodeURIComponent(processKey)}&version=${v}`, { signal });
        if (Object.values(h.activities).some((f) => f.active > 0 || f.completed > 0)) return v;
      }
      return versions[0];
    },
  );
  const version = chosen.version ?? withPaths.data;
  const heat = useHeatmap(version ? processKey : '', version);
  // The version is chosen after the definitions load: no diagram before it.
  const xml = useDiagramXml(version ? processKey : undefined, version);

  const nodes = useApi(xml.data ? `heat-nodes:${processKey}:${version}` : null, () => flowNodesOf(xml.data!));
  const stepName = (id: string) => nodes.data?.get(id)?.name || t('reports.heatmap.unnamedStep');
  const rows = useMemo(() => Object.entries(heat.data?.activities ?? {}).sort(([a], [b]) => a.localeCompare(b)), [heat.data]);
  const max = Math.max(0, ...rows.map(([, f]) => f.active));
  const markers = useMemo(
    () => Object.fromEntries(rows.map(([id, f]) => [id, [`heat-${colourOf(levelOf(f.active, max), max)}`]])),
    [rows, max],
  );
  const overlays = useMemo<DiagramOverlay[]>(
    () =>
      rows.map(([id, f]) => ({
        elementId: id,
        className: `heat-note heat-note-${colourOf(levelOf(f.active, max), max)}`,
        text: t('reports.heatmap.note', {
          active: f.active,
          median: formatDuration(f.medianWaitSeconds, units),
          p90: formatDuration(f.p90WaitSeconds, units),
        }),
      })),
    [rows, max, t, units],
  );
  const csvRows = rows.map(([id, f]) => [stepName(id), f.active, f.completed, csvHours(f.medianWaitSeconds), csvHours(f.p90WaitSeconds)]);
  const name = processName(t, processKey);

  return (
    <section className="page reports">
      <Heading variant="h1">{t('reports.heatmap.title')}</Heading>
      <form className="report-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filters')}>
        <label>
          {t('reports.process')}
          <select value={processKey} onChange={(e) => setChosen({ processKey: e.target.value })}>
            {keys.map((k) => (
              <option key={k} value={k}>
                {processName(t, k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.version')}
          <select value={version ?? ''} onChange={(e) => setChosen({ processKey, version: Number(e.target.value) })}>
            {!version && <option value="" />}
            {versions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p className="heat-legend" id="heat-legend">
        <span>{t('reports.heatmap.legend', { max, count: max })}</span>
        {Array.from({ length: levelsFor(max) + 1 }, (_, level) => (
          <span key={level} className={`heat-swatch heat-bg-${colourOf(level, max)}`}>
            {level === 0
              ? t('reports.heatmap.none')
              : t('reports.heatmap.level', {
                  level,
                  from: Math.floor(((level - 1) * max) / levelsFor(max)) + 1,
                  to: Math.floor((level * max) / levelsFor(max)),
                })}
          </span>
        ))}
      </p>
      <p className="muted small">{t('reports.heatmap.units')}</p>
      {(heat.error ?? xml.error) && <ErrorMessage error={(heat.error ?? xml.error)!} />}
      {(heat.loading || xml.loading) && !(heat.data && xml.data) && <Loading />}
      {xml.data && heat.data && (
        <BpmnViewer
          xml={xml.data}
          markers={markers}
          overlays={overlays}
          label={t('reports.heatmap.diagramLabel', { processKey: name, version })}
          zoomControls
        />
      )}
      {heat.data && (
        <>
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('reports.heatmap.caption', { processKey: name, version })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.col.step')}</th>
                  <th scope="col">{t('reports.col.active')}</th>
                  <th scope="col">{t('reports.col.completed')}</th>
                  <th scope="col">{t('reports.col.median')}</th>
                  <th scope="col">{t('reports.col.p90')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([id, f]) => (
                  <tr key={id}>
                    <th scope="row">{stepName(id)}</th>
                    <td>{f.active}</td>
                    <td>{f.completed}</td>
                    <td>{formatDuration(f.medianWaitSeconds, units)}</td>
                    <td>{formatDuration(f.p90WaitSeconds, units)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="report-actions">
            <CsvLink
              fileName={`lampokartta-${processKey}-v${version}.csv`}
              header={[
                t('reports.col.step'),
                t('reports.col.active'),
                t('reports.col.completed'),
                t('reports.csvCol.medianHours'),
                t('reports.csvCol.p90Hours'),
              ]}
              rows={csvRows}
            />
          </div>
        </>
      )}
    </section>
  );
}
