/** "Ohjaukset ja tulokset": started paths per month and process, by source and organisation, the paths that reached the team, and supported-employment outcomes per person and per job. */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { useOutcomes, useReferrals, type ReferralItem } from './api';
import { CsvLink } from './CsvLink';
import { TeamFigures } from './TeamFigures';
import './reports.css';
import { processName } from '../../lib/processName';

const BarChart = lazy(() => import('./BarChart'));

/** Sums counts by two keys: rows × columns, both sorted. */
function pivot(items: ReferralItem[], row: (i: ReferralItem) => string, col: (i: ReferralItem) => string) {
  const rows = [...new Set(items.map(row))].sort();
  const cols = [...new Set(items.map(col))].sort();
  const cell = new Map<string, number>();
  for (const i of items) cell.set(`${row(i)}\u0000${col(i)}`, (cell.get(`${row(i)}\u0000${col(i)}`) ?? 0) + i.count);
  return { rows, cols, value: (r: string, c: string) => cell.get(`${r}\u0000${c}`) ?? 0 };
}

export default function ReferralsPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState({ from: '', to: '' });
  const referrals = useReferrals(range.from, range.to);
  const outcomes = useOutcomes();
  const items = useMemo(() => referrals.data?.items ?? [], [referrals.data]);
  const none = t('reports.referrals.direct');
  // Process keys read as the processes' names; "suoraan" and organisations stay as they are.
  const label = (key: string) => processName(t, key);
  const byMonth = useMemo(
    () =>
      pivot(
        items,
        (i) => i.month,
        (i) => i.processKey,
      ),
    [items],
  );
  const bySource = useMemo(
    () =>
      pivot(
        items,
        (i) => i.processKey,
        (i) => i.source ?? none,
      ),
    [items, none],
  );
  const byOrganisation = useMemo(
    () =>
      pivot(
        items,
        (i) => i.organisation ?? t('reports.referrals.noOrganisation'),
        (i) => i.processKey,
      ),
    [items, t],
  );
  const out = outcomes.data;

  return (
    <section className="page reports">
      <Heading variant="h1">{t('reports.referrals.title')}</Heading>
      <form className="report-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filters')}>
        <label>
          {t('reports.from')}
          <input type="date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
        </label>
        <label>
          {t('reports.to')}
          <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
        </label>
      </form>
      {referrals.error && <ErrorMessage error={referrals.error} />}
      {referrals.loading && !referrals.data && <Loading />}

      <h2>{t('reports.referrals.perMonth')}</h2>
      {byMonth.rows.length > 0 && (
        <Suspense fallback={<Loading />}>
          <BarChart
            stacked
            label={t('reports.referrals.perMonthChart')}
            labels={byMonth.rows}
            series={byMonth.cols.map((c) => ({ label: label(c), values: byMonth.rows.map((r) => byMonth.value(r, c)) }))}
          />
        </Suspense>
      )}
      <PivotTable
        caption={t('reports.referrals.perMonth')}
        corner={t('reports.col.month')}
        table={byMonth}
        file="ohjaukset-kuukausittain.csv"
        colLabel={label}
      />

      <h2>{t('reports.referrals.perSource')}</h2>
      <PivotTable
        caption={t('reports.referrals.perSource')}
        corner={t('reports.process')}
        table={bySource}
        file="ohjaukset-lahteittain.csv"
        rowLabel={label}
        colLabel={label}
      />

      <h2>{t('reports.referrals.team.title')}</h2>
      <p className="muted">{t('reports.referrals.team.intro')}</p>
      {referrals.data && <TeamFigures rows={referrals.data.team ?? []} />}

      <h2>{t('reports.referrals.perOrganisation')}</h2>
      <PivotTable
        caption={t('reports.referrals.perOrganisation')}
        corner={t('reports.organisation')}
        table={byOrganisation}
        file="ohjaukset-organisaatioittain.csv"
        colLabel={label}
      />

      <h2>{t('reports.outcomes.title')}</h2>
      {outcomes.error && <ErrorMessage error={outcomes.error} />}
      {out && (
        <>
          <p>
            {t('reports.outcomes.summary', {
              persons: out.persons,
              employed: out.employedPersons,
              jobs: out.jobs,
              ratio: out.employmentRatio ?? '–',
            })}
          </p>
          {out.byOutcome.length > 0 && (
            <Suspense fallback={<Loading />}>
              <BarChart
                label={t('reports.outcomes.chart')}
                labels={out.byOutcome.map((o) => o.outcome)}
                series={[
                  { label: t('reports.outcomes.count'), values: out.byOutcome.map((o) => o.count) },
                  { label: t('reports.outcomes.persons'), values: out.byOutcome.map((o) => o.persons) },
                ]}
              />
            </Suspense>
          )}
          {out.byOutcome.length === 0 && <p className="empty">{t('reports.outcomes.none')}</p>}
          <table className="data-table" hidden={out.byOutcome.length === 0}>
            <caption>{t('reports.outcomes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.outcomes.outcome')}</th>
                <th scope="col">{t('reports.outcomes.count')}</th>
                <th scope="col">{t('reports.outcomes.persons')}</th>
              </tr>
            </thead>
            <tbody>
              {out.byOutcome.map((o) => (
                <tr key={o.outcome}>
                  <th scope="row">{o.outcome}</th>
                  <td>{o.count}</td>
                  <td>{o.persons}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="report-actions">
            <CsvLink
              fileName="tulokset.csv"
              header={[t('reports.csvCol.outcome'), t('reports.csvCol.count'), t('reports.csvCol.persons')]}
              rows={out.byOutcome.map((o) => [o.outcome, o.count, o.persons])}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** A pivot as a table with its CSV; the labels name the keys on screen, the CSV keeps the keys. */
function PivotTable({
  caption,
  corner,
  table,
  file,
  rowLabel = (k) => k,
  colLabel = (k) => k,
}: {
  caption: string;
  corner: string;
  table: ReturnType<typeof pivot>;
  file: string;
  rowLabel?: (key: string) => string;
  colLabel?: (key: string) => string;
}) {
  const { t } = useTranslation();
  const csvRows = table.rows.map((r) => [rowLabel(r), ...table.cols.map((c) => table.value(r, c))]);
  if (!table.rows.length) return <p className="empty">{t('reports.referrals.none')}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {table.cols.map((c) => (
                <th scope="col" key={c}>
                  {colLabel(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r}>
                <th scope="row">{rowLabel(r)}</th>
                {table.cols.map((c) => (
                  <td key={c}>{table.value(r, c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="report-actions">
        <CsvLink fileName={file} header={[corner, ...table.cols.map(colLabel)]} rows={csvRows} />
      </div>
    </>
  );
}
