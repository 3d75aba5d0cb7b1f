/** "Myöhästyneet": per role, the tasks that became late since a moment (yesterday by default); the same list a mail job reads from the API. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useLateDigest, type LateItem } from './api';
import { CsvLink } from './CsvLink';
import { csvTime, formatDuration } from './format';
import { useUnits } from './useUnits';
import './reports.css';
import { processName } from '../../lib/processName';

export default function LateDigestPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const [since, setSince] = useState('');
  const digest = useLateDigest(since);
  const byRole = useMemo(() => {
    const groups = new Map<string, LateItem[]>();
    for (const i of digest.data?.items ?? []) groups.set(i.role, [...(groups.get(i.role) ?? []), i]);
    return [...groups];
  }, [digest.data]);
  const csvRows = useMemo(
    () =>
      (digest.data?.items ?? []).map((i) => [
        t(`roles.${i.role}`, { defaultValue: i.role }),
        i.clientRef,
        processName(t, i.processKey),
        i.name ?? i.activityId,
        csvTime(i.expectedBy),
        i.assigned ? t('reports.yes') : t('reports.no'),
      ]),
    [digest.data, t],
  );

  return (
    <section className="page reports">
      <Heading variant="h1">{t('reports.digest.title')}</Heading>
      <form className="report-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filters')}>
        <label>
          {t('reports.digest.since')}
          <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
      </form>
      {digest.data && (
        <p className="muted">
          {t('reports.digest.window', { since: formatDateTime(digest.data.since), until: formatDateTime(digest.data.until) })}
        </p>
      )}
      {digest.error && <ErrorMessage error={digest.error} />}
      {digest.loading && !digest.data && <Loading />}
      {digest.data && byRole.length === 0 && <p className="empty">{t('reports.digest.none')}</p>}
      {byRole.map(([role, items]) => (
        <section key={role} aria-labelledby={`late-${role}`}>
          <h2 id={`late-${role}`}>{t('reports.digest.role', { role: t(`roles.${role}`, { defaultValue: role }), count: items.length })}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.col.client')}</th>
                <th scope="col">{t('reports.col.step')}</th>
                <th scope="col">{t('reports.col.expectedBy')}</th>
                <th scope="col">{t('reports.col.overdue')}</th>
                <th scope="col">{t('reports.col.assigned')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.taskId} className="row-late">
                  <td className="pseudonym">{i.clientRef ?? '–'}</td>
                  <td>
                    {i.name ?? i.activityId}
                    <div className="muted small">{processName(t, i.processKey)}</div>
                  </td>
                  <td>{formatDateTime(i.expectedBy)}</td>
                  <td className="overdue">{t('reports.stalled.late', { duration: formatDuration(i.lateSeconds, units) })}</td>
                  <td>{i.assigned ? t('reports.yes') : t('reports.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {csvRows.length > 0 && (
        <div className="report-actions">
          <CsvLink
            fileName="myohastyneet.csv"
            header={[
              t('reports.col.role'),
              t('reports.col.client'),
              t('reports.csvCol.process'),
              t('reports.col.step'),
              t('reports.col.expectedBy'),
              t('reports.col.assigned'),
            ]}
            rows={csvRows}
          />
          <span className="muted small">{t('reports.digest.api')}</span>
        </div>
      )}
    </section>
  );
}
