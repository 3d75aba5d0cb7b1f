/** "Pysähtyneet polut": steps waiting past their expected time, most overdue first, with filters; pseudonyms only. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { STALLED_REASONS, useDefinitions, useStalled, type StalledFilters } from './api';
import { CsvLink } from './CsvLink';
import { csvHours, csvTime, formatDuration } from './format';
import { useUnits } from './useUnits';
import './reports.css';
import { processName } from '../../lib/processName';

const EMPTY: StalledFilters = { processKey: '', activityId: '', role: '', organisation: '', reason: '' };

export default function StalledPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const [filters, setFilters] = useState<StalledFilters>(EMPTY);
  const stalled = useStalled(filters);
  const definitions = useDefinitions();
  const keys = useMemo(() => [...new Set((definitions.data ?? []).map((d) => d.processKey))].sort(), [definitions.data]);
  const items = useMemo(() => stalled.data?.items ?? [], [stalled.data]);
  const csvRows = useMemo(
    () =>
      items.map((i) => [
        i.clientRef,
        processName(t, i.processKey),
        i.activityName ?? i.activityId,
        i.role.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', '),
        i.organisation,
        csvTime(i.since),
        csvTime(i.expectedBy),
        csvHours(i.overdueSeconds),
        t(`reports.stalled.reasons.${i.reason}`, { defaultValue: i.reason }),
      ]),
    [items, t],
  );
  const set = (key: keyof StalledFilters) => (e: { target: { value: string } }) =>
    setFilters({ ...filters, [key]: e.target.value.trim(), cursor: undefined });

  return (
    <section className="page reports">
      <Heading variant="h1">{t('reports.stalled.title')}</Heading>
      <p className="muted">{t('reports.stalled.intro')}</p>
      <form className="report-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filters')}>
        <label>
          {t('reports.process')}
          <select value={filters.processKey} onChange={set('processKey')}>
            <option value="">{t('reports.all')}</option>
            {keys.map((k) => (
              <option key={k} value={k}>
                {processName(t, k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.activity')}
          <input type="text" value={filters.activityId} onChange={set('activityId')} />
        </label>
        <label>
          {t('reports.role')}
          <input type="text" value={filters.role} onChange={set('role')} />
        </label>
        <label>
          {t('reports.organisation')}
          <input type="text" value={filters.organisation} onChange={set('organisation')} />
        </label>
        <label>
          {t('reports.stalled.reason')}
          <select value={filters.reason} onChange={set('reason')}>
            <option value="">{t('reports.all')}</option>
            {STALLED_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`reports.stalled.reasons.${r}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {stalled.error && <ErrorMessage error={stalled.error} />}
      {stalled.loading && !stalled.data && <Loading />}
      {stalled.data && items.length === 0 && <p className="empty">{t('reports.stalled.none')}</p>}
      {items.length > 0 && (
        <>
          <table className="data-table">
            <caption className="visually-hidden">{t('reports.stalled.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.col.client')}</th>
                <th scope="col">{t('reports.col.step')}</th>
                <th scope="col">{t('reports.col.role')}</th>
                <th scope="col">{t('reports.col.since')}</th>
                <th scope="col">{t('reports.col.expectedBy')}</th>
                <th scope="col">{t('reports.col.overdue')}</th>
                <th scope="col">{t('reports.stalled.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={`${i.processInstanceId}-${i.activityId}-${i.since}`} className="row-late">
                  <td>
                    {i.canOpen ? (
                      <Link to={`/polut/${i.processInstanceId}`}>{i.clientRef ?? '–'}</Link>
                    ) : (
                      <span className="pseudonym">{i.clientRef ?? '–'}</span>
                    )}
                  </td>
                  <td>
                    {i.activityName ?? i.activityId}
                    <div className="muted small">
                      {processName(t, i.processKey)} v{i.version}
                      {i.organisation ? ` · ${i.organisation}` : ''}
                    </div>
                  </td>
                  <td>{i.role.length ? i.role.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ') : '–'}</td>
                  <td>{formatDate(i.since)}</td>
                  <td>{formatDate(i.expectedBy)}</td>
                  <td className="overdue">{t('reports.stalled.late', { duration: formatDuration(i.overdueSeconds, units) })}</td>
                  <td>{t(`reports.stalled.reasons.${i.reason}`, { defaultValue: i.reason })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="report-actions">
            <CsvLink
              fileName="pysahtyneet.csv"
              header={[
                t('reports.col.client'),
                t('reports.csvCol.process'),
                t('reports.col.step'),
                t('reports.csvCol.roles'),
                t('reports.csvCol.organisation'),
                t('reports.col.since'),
                t('reports.col.expectedBy'),
                t('reports.csvCol.overdueHours'),
                t('reports.csvCol.reason'),
              ]}
              rows={csvRows}
            />
            {filters.cursor && (
              <button type="button" className="link-button" onClick={() => setFilters({ ...filters, cursor: undefined })}>
                {t('reports.firstPage')}
              </button>
            )}
            {stalled.data?.nextCursor && (
              <button type="button" className="link-button" onClick={() => setFilters({ ...filters, cursor: stalled.data!.nextCursor! })}>
                {t('reports.nextPage')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
