/**
 * A client's path: the diagram of the version it runs on with done, active and late steps marked,
 * who did what and when, the consent, the responsible person, the forms so far, the TTS PDF, the
 * client's timeline across paths, and the access log for those who may read it.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Heading, InlineAlert } from 'suomifi-ui-components';
import { BpmnViewer } from '../../components/BpmnViewer';
import { CompletedForms } from '../../components/CompletedForms';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { usePathForms } from '../task-form/api';
import { useAuth } from '../auth/AuthContext';
import type { User } from '../../lib/types';
import { AccessLog } from './AccessLog';
import { useDiagramXml } from '../../lib/useApi';
import { useConsent, useInstance, useTimeline } from './api';
import { ConsentStatus } from './ConsentStatus';
import { diagramState } from './diagramState';
import { HistoryTable } from './HistoryTable';
import { OpenTasks } from './OpenTasks';
import { isWorker } from '../../app/navigation';
import { ClientTimeline } from './ClientTimeline';
import { WhatNext } from './WhatNext';
import { processName } from '../../lib/processName';

export default function PathPage() {
  const { instanceId = '' } = useParams();
  const location = useLocation();
  const { t } = useTranslation();
  const { user } = useAuth();
  // Oversight roles (managers, auditors…) see the path by its pseudonym only: no client data is asked for.
  const worker = !!user && isWorker(user.roles);
  const instance = useInstance(instanceId);
  const diagram = useDiagramXml(instance.data?.processKey, instance.data?.version);
  const timeline = useTimeline(worker ? instance.data?.clientRef : null);
  const consent = useConsent(worker ? instanceId : null);
  const forms = usePathForms(worker ? instanceId : undefined);
  const state = useMemo(() => (instance.data ? diagramState(instance.data, t) : { markers: {}, overlays: [] }), [instance.data, t]);

  if (instance.error) return <ErrorMessage error={instance.error} />;
  if (!instance.data) return <Loading />;
  const path = instance.data;
  const name = processName(t, path.processKey);
  const responsible = timeline.data?.paths.find((p) => p.id === path.id)?.responsiblePerson ?? null;
  const pdf = timeline.data?.documents.find((d) => d.processInstanceId === path.id);
  const started = (location.state as { notice?: string } | null)?.notice === 'started';

  return (
    <section className="page" aria-labelledby="path-title">
      <p className="breadcrumb">
        <Link to="/">{t('nav.inbox')}</Link> › {t('path.title')}
      </p>
      <Heading variant="h1" id="path-title">
        {name}
      </Heading>
      {started && <InlineAlert status="neutral">{t('path.started')}</InlineAlert>}
      <dl className="facts">
        <div>
          <dt>{t('task.client')}</dt>
          <dd className="mono">{path.clientRef ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('path.state')}</dt>
          <dd>{t(`path.states.${path.state}`)}</dd>
        </div>
        <div>
          <dt>{t('path.startedAt')}</dt>
          <dd>{formatDateTime(path.startedAt)}</dd>
        </div>
        <div>
          <dt>{t('path.version')}</dt>
          <dd>{path.version}</dd>
        </div>
        {worker && (
          <div>
            <dt>{t('path.responsible')}</dt>
            <dd>{responsible ?? t('path.noResponsible')}</dd>
          </div>
        )}
        {worker && (
          <div>
            <dt>{t('path.consent')}</dt>
            <dd>
              <ConsentStatus consent={consent.data} unavailable={!!consent.error} />
            </dd>
          </div>
        )}
        {pdf && (
          <div>
            <dt>{t('path.tts')}</dt>
            <dd>
              <a href={pdf.href} target="_blank" rel="noreferrer">
                {t('path.ttsPdf')}
              </a>
            </dd>
          </div>
        )}
      </dl>

      <WhatNext instance={path} timeline={timeline.data} />
      {timeline.data && user && <OpenTasks timeline={timeline.data} instanceId={path.id} user={user} />}

      <Heading variant="h2">{t('path.diagram')}</Heading>
      <ul className="legend" aria-label={t('path.legend')}>
        <li className="legend-done">{t('path.legendDone')}</li>
        <li className="legend-cancelled">{t('path.legendCancelled')}</li>
        <li className="legend-active">{t('path.legendActive')}</li>
        <li className="legend-late">{t('path.legendLate')}</li>
      </ul>
      {diagram.error && <ErrorMessage error={diagram.error} />}
      {diagram.data && (
        <BpmnViewer xml={diagram.data} markers={state.markers} overlays={state.overlays} label={t('path.diagramLabel', { name })} />
      )}

      <Heading variant="h2">{t('path.history')}</Heading>
      <HistoryTable instance={path} />

      {worker && <Heading variant="h2">{t('path.forms')}</Heading>}
      {forms.data && forms.data.items.length === 0 && <p className="muted">{t('task.noEarlierForms')}</p>}
      {forms.error && <p className="muted">{t('task.earlierFormsHidden')}</p>}
      {forms.data && <CompletedForms forms={forms.data.items} />}

      {timeline.data && <ClientTimeline timeline={timeline.data} currentId={path.id} />}
      <AccessLog clientRef={path.clientRef} mayRead={!!user && (user.roles.includes('auditor') || isResponsible(user, responsible))} />
    </section>
  );
}

/** True when the responsible person named on the path is the user (by username or display name). */
function isResponsible(user: User, responsible: string | null): boolean {
  if (!responsible) return false;
  const name = responsible.trim().toLocaleLowerCase('fi');
  return name === user.username.toLocaleLowerCase('fi') || name === user.displayName.trim().toLocaleLowerCase('fi');
}
