/**
 * "Työkyvyn muutos": the clients' self-rated work ability (0–10) at the start and at the latest
 * follow-up, and the change, per municipality and per process, as median and quartiles with the
 * count. Figures only: a group under the minimum shows its count, never one person's score.
 */
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { processName } from '../../lib/processName';
import { useWorkAbilityReport, type Spread, type WorkAbilityFigures } from './api';
import './work-ability.css';

export default function WorkAbilityPage() {
  const { t } = useTranslation();
  const report = useWorkAbilityReport();
  const data = report.data;
  const processLabel = (key: string, region: string | null) =>
    region ? `${processName(t, key)}: ${t(`workAbility.regions.${region}`, { defaultValue: region })}` : processName(t, key);
  return (
    <section className="page work-ability">
      <Heading variant="h1">{t('workAbility.title')}</Heading>
      <p>{t('workAbility.intro')}</p>
      {report.error && <ErrorMessage error={report.error} />}
      {report.loading && !data && <Loading />}
      {data && (
        <>
          <p>{t('workAbility.privacy', { min: data.minGroup })}</p>
          <FiguresTable
            caption={t('workAbility.byMunicipality')}
            corner={t('workAbility.municipality')}
            rows={data.byMunicipality.map((r) => [r.municipality ?? t('workAbility.noMunicipality'), r])}
          />
          <FiguresTable
            caption={t('workAbility.byProcess')}
            corner={t('workAbility.process')}
            rows={data.byProcess.map((r) => [processLabel(r.processKey, r.region), r])}
          />
          <FiguresTable caption={t('workAbility.total')} corner="" rows={[[t('workAbility.all'), data.total]]} />
        </>
      )}
    </section>
  );
}

/** "median (q1–q3)" in the user's language, or a dash when the group is too small to show. */
function SpreadCell({ spread }: { spread: Spread | null }) {
  const { t, i18n } = useTranslation();
  if (!spread) return <td>{t('workAbility.tooFew')}</td>;
  const n = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 1, signDisplay: 'auto' });
  return (
    <td>
      {n(spread.median)} ({n(spread.q1)} – {n(spread.q3)})
    </td>
  );
}

function FiguresTable({ caption, corner, rows }: { caption: string; corner: string; rows: [string, WorkAbilityFigures][] }) {
  const { t } = useTranslation();
  return (
    // A keyboard user can scroll a table wider than a phone: the region takes focus and is named by its caption.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            <th scope="col">{t('workAbility.started')}</th>
            <th scope="col">{t('workAbility.followedUp')}</th>
            <th scope="col">{t('workAbility.start')}</th>
            <th scope="col">{t('workAbility.latest')}</th>
            <th scope="col">{t('workAbility.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, r]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{r.started}</td>
              <td>{r.followedUp}</td>
              <SpreadCell spread={r.start} />
              <SpreadCell spread={r.latest} />
              <SpreadCell spread={r.change} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
