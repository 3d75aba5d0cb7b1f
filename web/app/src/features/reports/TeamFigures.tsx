/** "Tiimiin päätyneet": per source, organisation and month the paths started, those the team met, and the median and p90 time to the meeting. */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Status';
import type { TeamFigures as Figures } from './api';
import { CsvLink } from './CsvLink';
import { csvHours, formatDuration } from './format';
import { useUnits } from './useUnits';
import { processName } from '../../lib/processName';

const BarChart = lazy(() => import('./BarChart'));

export function TeamFigures({ rows }: { rows: Figures[] }) {
  const { t } = useTranslation();
  const units = useUnits();
  const process = (key: string) => processName(t, key);
  const organisation = (o: string | null) => o ?? t('reports.referrals.noOrganisation');
  // The chart sums months and organisations per source; the table keeps every row.
  const bySource = useMemo(() => {
    const sums = new Map<string, { started: number; reached: number }>();
    for (const r of rows) {
      const s = sums.get(r.source) ?? { started: 0, reached: 0 };
      sums.set(r.source, { started: s.started + r.started, reached: s.reached + r.reachedTeam });
    }
    return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [rows]);
  const csvRows = rows.map((r) => [
    r.month,
    process(r.source),
    organisation(r.organisation),
    r.started,
    r.reachedTeam,
    csvHours(r.medianToMeetingSeconds),
    csvHours(r.p90ToMeetingSeconds),
  ]);

  if (!rows.length) return <p className="empty">{t('reports.referrals.team.none')}</p>;
  return (
    <>
      <Suspense fallback={<Loading />}>
        <BarChart
          label={t('reports.referrals.team.chart')}
          labels={bySource.map(([source]) => process(source))}
          series={[
            { label: t('reports.referrals.team.started'), values: bySource.map(([, s]) => s.started) },
            { label: t('reports.referrals.team.reached'), values: bySource.map(([, s]) => s.reached) },
          ]}
        />
      </Suspense>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('reports.referrals.team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.month')}</th>
              <th scope="col">{t('reports.referrals.team.source')}</th>
              <th scope="col">{t('reports.organisation')}</th>
              <th scope="col">{t('reports.referrals.team.started')}</th>
              <th scope="col">{t('reports.referrals.team.reached')}</th>
              <th scope="col">{t('reports.referrals.team.median')}</th>
              <th scope="col">{t('reports.referrals.team.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.month}-${r.source}-${r.organisation ?? ''}`}>
                <th scope="row">{r.month}</th>
                <td>{process(r.source)}</td>
                <td>{organisation(r.organisation)}</td>
                <td>{r.started}</td>
                <td>{r.reachedTeam}</td>
                <td>{formatDuration(r.medianToMeetingSeconds, units)}</td>
                <td>{formatDuration(r.p90ToMeetingSeconds, units)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="report-actions">
        <CsvLink
          fileName="tiimiin-paatyneet.csv"
          header={[
            t('reports.col.month'),
            t('reports.csvCol.source'),
            t('reports.csvCol.organisation'),
            t('reports.csvCol.started'),
            t('reports.csvCol.reachedTeam'),
            t('reports.csvCol.medianToMeetingHours'),
            t('reports.csvCol.p90ToMeetingHours'),
          ]}
          rows={csvRows}
        />
      </div>
    </>
  );
}
