/** The client across organisations and paths: every path and task under the pseudonym, newest first. */
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import type { Timeline } from '../../lib/types';
import { processName } from '../../lib/processName';

export function ClientTimeline({ timeline, currentId }: { timeline: Timeline; currentId: string }) {
  const { t } = useTranslation();
  const events = [
    ...timeline.paths.map((p) => ({
      at: p.startedAt,
      key: `p-${p.id}`,
      text: t('timeline.pathStarted', { name: processName(t, p.processKey) }),
      link: p.id !== currentId ? `/polut/${p.id}` : null,
    })),
    ...timeline.tasks.map((task) => ({
      at: task.completedAt ?? task.createdAt,
      key: `t-${task.id}`,
      text: task.completedAt
        ? t('timeline.taskDone', { name: task.name ?? task.activityId })
        : t('timeline.taskOpen', { name: task.name ?? task.activityId }),
      link: null,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <>
      <Heading variant="h2">{t('timeline.title')}</Heading>
      <ol className="timeline" aria-label={t('timeline.title')}>
        {events.map((e) => (
          <li key={e.key}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> {e.link ? <Link to={e.link}>{e.text}</Link> : e.text}
          </li>
        ))}
      </ol>
    </>
  );
}
