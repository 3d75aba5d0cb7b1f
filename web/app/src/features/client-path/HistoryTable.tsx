/** The path's steps in order: what, when it started and ended, who did it; open and cancelled steps marked. */
import { useTranslation } from 'react-i18next';
import { LateBadge } from '../../components/Status';
import { formatDateTime, isLate } from '../../lib/format';
import type { Instance } from '../../lib/types';
import { cancelledText } from './diagramState';

export function HistoryTable({ instance }: { instance: Instance }) {
  const { t } = useTranslation();
  const rows = instance.history.filter((h) => !/Gateway$|SequenceFlow$/.test(h.type));
  const expected = new Map(instance.active.map((a) => [a.activityId, a.expectedBy]));
  const nameOf = (id: string) => instance.history.find((h) => h.activityId === id)?.name ?? null;
  return (
    <table className="data-table history-table">
      <caption className="visually-hidden">{t('path.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('path.col.step')}</th>
          <th scope="col">{t('path.col.started')}</th>
          <th scope="col">{t('path.col.ended')}</th>
          <th scope="col">{t('path.col.by')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((h, i) => (
          <tr key={`${h.activityId}-${i}`}>
            <td data-label={t('path.col.step')}>{h.name ?? h.activityId}</td>
            <td data-label={t('path.col.started')}>{formatDateTime(h.startedAt)}</td>
            <td data-label={t('path.col.ended')}>
              {h.endedAt ? formatDateTime(h.endedAt) : <span className="badge badge-active">{t('path.open')}</span>}{' '}
              {!h.endedAt && isLate(expected.get(h.activityId)) && <LateBadge />}
              {h.cancelledBy && <span className="badge badge-cancelled">{cancelledText(h, nameOf, t)}</span>}
            </td>
            <td data-label={t('path.col.by')}>{h.byName ?? h.by ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
