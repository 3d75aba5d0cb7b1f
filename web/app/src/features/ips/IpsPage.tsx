/**
 * "Työhönvalmennus" (supported employment, IPS): each coach's clients against the limit of 20, the
 * waiting list by pseudonym in arrival order with the days waited, the employer contacts log, and
 * for managers the pilot's figures per person and per job by referral source and municipality.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useAuth } from '../auth/AuthContext';
import { fillPlaces, useIpsReport, useWaitingList, type IpsTotals } from './api';
import { EmployerContacts } from './EmployerContacts';
import { JobsTable } from './JobsTable';
import './ips.css';

export default function IpsPage() {
  const { t } = useTranslation();
  const roles = useAuth().user?.roles ?? [];
  const oversees = roles.includes('manager') || roles.includes('process-owner');
  const list = useWaitingList();
  const [filled, setFilled] = useState<string | null>(null);
  const [fillError, setFillError] = useState<string | null>(null);

  async function fill() {
    setFillError(null);
    try {
      const { placed } = await fillPlaces();
      setFilled(t('ips.waiting.filled', { count: placed.length }));
      list.reload();
    } catch (err) {
      setFillError(err instanceof Error ? err.message : String(err));
    }
  }

  const data = list.data;
  return (
    <section className="page ips">
      <Heading variant="h1">{t('ips.title')}</Heading>
      {list.error && <ErrorMessage error={list.error} />}
      {list.loading && !data && <Loading />}
      {data && (
        <>
          <h2>{t('ips.caseloads.title')}</h2>
          <table className="data-table">
            <caption>{t('ips.caseloads.caption', { limit: data.limit })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ips.coach')}</th>
                <th scope="col">{t('ips.caseloads.clients')}</th>
                <th scope="col">{t('ips.caseloads.free')}</th>
              </tr>
            </thead>
            <tbody>
              {data.coaches.map((c) => (
                <tr key={c.username}>
                  <th scope="row">
                    {c.displayName} <span className="username">({c.username})</span>
                  </th>
                  <td>
                    {c.clients} / {data.limit}
                  </td>
                  <td>{c.free === 0 ? t('ips.caseloads.full') : c.free}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{t('ips.waiting.title', { count: data.waiting.length })}</h2>
          {data.waiting.length === 0 ? (
            <p className="empty">{t('ips.waiting.none')}</p>
          ) : (
            <table className="data-table">
              <caption>{t('ips.waiting.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ips.waiting.position')}</th>
                  <th scope="col">{t('ips.waiting.client')}</th>
                  <th scope="col">{t('ips.waiting.since')}</th>
                  <th scope="col">{t('ips.waiting.days')}</th>
                </tr>
              </thead>
              <tbody>
                {data.waiting.map((w) => (
                  <tr key={w.position}>
                    <td>{w.position}</td>
                    <th scope="row">{w.clientRef ?? '–'}</th>
                    <td>{formatDate(w.since)}</td>
                    <td>{w.waitedDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="report-actions">
            <Button variant="secondary" onClick={() => void fill()}>
              {t('ips.waiting.fill')}
            </Button>
            {filled && <InlineAlert status="neutral">{filled}</InlineAlert>}
            {fillError && (
              <InlineAlert status="error" role="alert">
                {fillError}
              </InlineAlert>
            )}
          </div>
        </>
      )}
      <EmployerContacts isCoach={roles.includes('job-coach')} />
      {oversees && <Figures />}
    </section>
  );
}

/** The pilot's figures: persons, employed persons (ratio), jobs; by source and by municipality. */
function Figures() {
  const { t, i18n } = useTranslation();
  const report = useIpsReport(true);
  if (report.error) return <ErrorMessage error={report.error} />;
  if (!report.data) return <Loading />;
  const { total, bySource, byMunicipality, jobsBySector } = report.data;
  return (
    <>
      <h2>{t('ips.figures.title')}</h2>
      <p>
        {t('ips.figures.summary', {
          clients: total.clients,
          employed: total.employedPersons,
          ratio: ratioText(total.employmentRatio, i18n.language),
          jobs: total.jobs,
        })}
      </p>
      <FigureTable
        caption={t('ips.figures.bySource')}
        corner={t('ips.figures.source')}
        rows={[...bySource]
          .sort((a, b) => b.clients - a.clients)
          .map((r) => [r.referralSource ? t(`ips.sources.${r.referralSource}`, { defaultValue: r.referralSource }) : '–', r])}
      />
      <FigureTable
        caption={t('ips.figures.byMunicipality')}
        corner={t('ips.figures.municipality')}
        rows={byMunicipality.map((r) => [r.municipality ?? '–', r])}
      />
      <JobsTable total={jobsBySector.total} byMunicipality={jobsBySector.byMunicipality} />
    </>
  );
}

/** A ratio with two decimals in the user's language (0,54 in Finnish). */
function ratioText(ratio: number | null, language: string): string {
  return ratio === null ? '–' : ratio.toLocaleString(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function FigureTable({ caption, corner, rows }: { caption: string; corner: string; rows: [string, IpsTotals][] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            <th scope="col">{t('ips.figures.clients')}</th>
            <th scope="col">{t('ips.figures.employed')}</th>
            <th scope="col">{t('ips.figures.ratio')}</th>
            <th scope="col">{t('ips.figures.jobs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, r]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{r.clients}</td>
              <td>{r.employedPersons}</td>
              <td>{ratioText(r.employmentRatio, i18n.language)}</td>
              <td>{r.jobs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
