/**
 * "Mitä seuraavaksi": in sentences, what happens next on the path and who does it (the waiting
 * step and its holder or roles, the coming team meeting), links to the running sub-paths it waits
 * for and back to the path that called it.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatWeekdayDateTime, isLate } from '../../lib/format';
import { processName } from '../../lib/processName';
import type { Instance, Timeline } from '../../lib/types';

export function WhatNext({ instance, timeline }: { instance: Instance; timeline: Timeline | undefined }) {
  const { t } = useTranslation();
  const children = (timeline?.paths ?? []).filter((p) => p.parentInstanceId === instance.id && p.state === 'running');
  const parent = instance.parentInstanceId ? timeline?.paths.find((p) => p.id === instance.parentInstanceId) : undefined;
  const meetingDate = typeof instance.variables?.meetingDate === 'string' ? instance.variables.meetingDate : null;
  const sentences: string[] = [];
  if (instance.state === 'completed') sentences.push(t('path.next.completed', { when: formatDate(instance.endedAt) }));
  else if (instance.state === 'cancelled') sentences.push(t('path.next.cancelled'));
  else if (instance.state === 'failed') sentences.push(t('path.next.failed'));
  else
    for (const step of instance.active) {
      const name = step.name ?? t('path.next.unnamed');
      if (/Task$/.test(step.type)) {
        const task = timeline?.tasks.find(
          (x) => x.processInstanceId === instance.id && x.activityId === step.activityId && x.state === 'open',
        );
        const who =
          step.assigneeName ??
          (task?.role.length ? task.role.map((r) => t(`roles.${r}`, { defaultValue: r })).join(t('path.next.or')) : t('path.next.someone'));
        const by = step.expectedBy
          ? t(isLate(step.expectedBy) ? 'path.next.lateBy' : 'path.next.expectedBy', { when: formatDateTime(step.expectedBy) })
          : '';
        sentences.push(t('path.next.task', { name, who }) + by);
      } else if (/CallActivity$/.test(step.type)) sentences.push(t('path.next.subPath', { name }));
      else if (/CatchEvent$/.test(step.type) && meetingDate && step.activityId === 'meetingTimer')
        sentences.push(t('path.next.meeting', { when: formatWeekdayDateTime(meetingDate) }));
      else if (/CatchEvent$/.test(step.type)) sentences.push(t('path.next.waiting', { name }));
    }
  if (instance.state === 'running' && sentences.length === 0) sentences.push(t('path.next.moving'));
  return (
    <section className="what-next" aria-labelledby="what-next">
      <h2 id="what-next">{t('path.next.title')}</h2>
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {children.length > 0 && (
        <ul className="related-paths">
          {children.map((c) => (
            <li key={c.id}>
              <Link to={`/polut/${c.id}`}>{t('path.next.openSubPath', { name: processName(t, c.processKey) })}</Link>
            </li>
          ))}
        </ul>
      )}
      {instance.parentInstanceId && (
        <p>
          <Link to={`/polut/${instance.parentInstanceId}`}>
            {parent ? t('path.next.backTo', { name: processName(t, parent.processKey) }) : t('path.next.backToCaller')}
          </Link>
        </p>
      )}
    </section>
  );
}
