/** Who read or changed the client's data and when; shown only to those the server gives it to. */
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { formatDateTime } from '../../lib/format';
import { accessDetail } from './accessDetail';
import { useAccessLog } from './api';

/** `mayRead`: the caller is an auditor or the client's responsible person (the server decides; this only avoids asking in vain). */
export function AccessLog({ clientRef, mayRead, showEmpty = false }: { clientRef: string | null; mayRead: boolean; showEmpty?: boolean }) {
  const { t } = useTranslation();
  const log = useAccessLog(mayRead ? clientRef : null);
  if (showEmpty && log.error) return <p className="empty">{t('audit.notFound')}</p>;
  if (!log.data) return null;
  return (
    <section aria-labelledby="access-log">
      <Heading variant="h2" id="access-log">
        {t('accessLog.title')}
      </Heading>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('accessLog.at')}</th>
            <th scope="col">{t('accessLog.actor')}</th>
            <th scope="col">{t('accessLog.action')}</th>
            <th scope="col">{t('accessLog.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {[...log.data.items].reverse().map((e, i) => (
            <tr key={i}>
              <td>{formatDateTime(e.at)}</td>
              <td>
                {e.actorName ?? e.actor}
                {e.role ? ` (${t(`roles.${e.role}`, { defaultValue: e.role })})` : ''}
              </td>
              <td>{t(`accessLog.actions.${e.action}`, { defaultValue: e.action })}</td>
              <td>{accessDetail(e.detail, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
