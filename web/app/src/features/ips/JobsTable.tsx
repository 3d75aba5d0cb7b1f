/** The pilot's jobs table (003 L543–553): jobs by sector × pay subsidy and apprenticeships, a column per municipality and the total. */
import { useTranslation } from 'react-i18next';
import type { IpsJobsTable } from './api';

type Row = { key: string; value: (t: IpsJobsTable) => number };

const ROWS: Row[] = [
  { key: 'companyNoSubsidy', value: (t) => t.company.noSubsidy },
  { key: 'companyPaySubsidy', value: (t) => t.company.paySubsidy },
  { key: 'cityNoSubsidy', value: (t) => t.city.noSubsidy },
  { key: 'cityPaySubsidy', value: (t) => t.city.paySubsidy },
  { key: 'thirdSectorNoSubsidy', value: (t) => t.thirdSector.noSubsidy },
  { key: 'thirdSectorPaySubsidy', value: (t) => t.thirdSector.paySubsidy },
  { key: 'apprenticeship', value: (t) => t.apprenticeship },
  { key: 'other', value: (t) => t.other },
];

export function JobsTable({
  total,
  byMunicipality,
}: {
  total: IpsJobsTable;
  byMunicipality: (IpsJobsTable & { municipality: string | null })[];
}) {
  const { t } = useTranslation();
  const columns: [string, IpsJobsTable][] = [
    ...byMunicipality.map((m) => [m.municipality ?? '–', m] as [string, IpsJobsTable]),
    [t('ips.jobs.total'), total],
  ];
  // "Other" (no sector recorded) shows only when some job lacks one.
  const rows = ROWS.filter((r) => r.key !== 'other' || total.other > 0);
  return (
    <div className="table-scroll" role="region" aria-label={t('ips.jobs.caption')} tabIndex={0}>
      <table className="data-table">
        <caption>{t('ips.jobs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ips.jobs.kind')}</th>
            {columns.map(([label]) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{t(`ips.jobs.${r.key}`)}</th>
              {columns.map(([label, table]) => (
                <td key={label}>{r.value(table)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('ips.jobs.jobs')}</th>
            {columns.map(([label, table]) => (
              <td key={label}>{table.jobs}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
