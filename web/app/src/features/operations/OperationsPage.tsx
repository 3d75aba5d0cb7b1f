/**
 * Operations: how many paths each process version has in each state (counted by the store), the
 * incidents with their element, message and attempts shown on the diagram, and for process
 * owners a retry with corrected variables or a cancel with a reason (both kept in the history).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert } from 'suomifi-ui-components';
import { BpmnViewer } from '../../components/BpmnViewer';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useAuth } from '../auth/AuthContext';
import { useDiagramXml } from '../../lib/useApi';
import { useIncidents, useInstanceCounts, type Incident } from './api';
import { IncidentActions } from './IncidentActions';
import { describeIncident, stepNameOf, useStepNames } from './incidentWords';
import './operations.css';
import { processName } from '../../lib/processName';

const STATES = ['running', 'failed', 'completed', 'cancelled'] as const;

export default function OperationsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const counts = useInstanceCounts();
  const incidents = useIncidents();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const chosen: Incident | undefined = incidents.data?.items.find((i) => i.processInstanceId === chosenId) ?? incidents.data?.items[0];
  const diagram = useDiagramXml(chosen?.processKey, chosen?.version);
  const stepNames = useStepNames(incidents.data?.items);
  const marks = useMemo(() => {
    if (!chosen?.activityId) return { markers: {}, overlays: [] };
    const text = t('operations.incidentNote', { attempts: chosen.attempts, message: describeIncident(chosen.message, t) });
    return {
      markers: { [chosen.activityId]: ['incident'] },
      overlays: [{ elementId: chosen.activityId, text, className: 'incident-note' }],
    };
  }, [chosen, t]);

  const rows = useMemo(() => {
    const byVersion = new Map<string, Record<string, number>>();
    for (const c of counts.data?.items ?? []) {
      const key = `${c.processKey}\u0000${c.version}`;
      byVersion.set(key, { ...(byVersion.get(key) ?? {}), [c.state]: c.count });
    }
    return [...byVersion.entries()].map(([key, states]) => {
      const [processKey, version] = key.split('\u0000');
      return { processKey, version: Number(version), states };
    });
  }, [counts.data]);

  const owner = user?.roles.includes('process-owner') ?? false;

  return (
    <section className="page operations-page" aria-labelledby="operations-title">
      <Heading variant="h1" id="operations-title">
        {t('operations.title')}
      </Heading>
      <Heading variant="h2">{t('operations.counts')}</Heading>
      {counts.error && <ErrorMessage error={counts.error} />}
      {!counts.data && !counts.error && <Loading />}
      {counts.data && (
        <table className="data-table">
          <caption className="visually-hidden">{t('operations.counts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('operations.process')}</th>
              <th scope="col">{t('operations.version')}</th>
              {STATES.map((s) => (
                <th scope="col" key={s}>
                  {t(`path.states.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.processKey}:${r.version}`}>
                <td>{processName(t, r.processKey)}</td>
                <td>{r.version}</td>
                {STATES.map((s) => (
                  <td key={s}>{r.states[s] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Heading variant="h2">{t('operations.incidents')}</Heading>
      {notice && (
        <InlineAlert status="neutral" role="status">
          {notice}
        </InlineAlert>
      )}
      {incidents.error && <ErrorMessage error={incidents.error} />}
      {incidents.data && !incidents.data.items.length && <p className="empty">{t('operations.noIncidents')}</p>}
      {incidents.data && incidents.data.items.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('operations.incidents')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('operations.path')}</th>
              <th scope="col">{t('operations.element')}</th>
              <th scope="col">{t('operations.message')}</th>
              <th scope="col">{t('operations.attempts')}</th>
              <th scope="col">{t('operations.occurredAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('operations.show')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {incidents.data.items.map((i) => (
              <tr key={i.processInstanceId} aria-current={i === chosen ? 'true' : undefined}>
                <td>
                  {t('operations.processVersion', { name: processName(t, i.processKey), version: i.version })}
                  <br />
                  <span className="mono">{i.processInstanceId}</span>
                </td>
                <td>{stepNameOf(stepNames.data, i) ?? (i.activityId ? t('operations.unnamedStep') : '–')}</td>
                <td>{describeIncident(i.message, t)}</td>
                <td>{i.attempts}</td>
                <td>{formatDateTime(i.occurredAt)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={i === chosen}
                    onClick={() => (setChosenId(i.processInstanceId), setNotice(null))}
                  >
                    {t('operations.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && diagram.data && (
        <BpmnViewer
          xml={diagram.data}
          markers={marks.markers}
          overlays={marks.overlays}
          label={t('operations.diagramLabel', { id: chosen.processInstanceId })}
        />
      )}
      {chosen && owner && (
        <IncidentActions
          key={chosen.processInstanceId}
          incident={chosen}
          onDone={(text) => {
            setNotice(text);
            incidents.reload();
            counts.reload();
          }}
        />
      )}
    </section>
  );
}
