/** The supported-employment figures computed in SQLite: one grouped query, JSON read in the database. */
import type Database from 'better-sqlite3';
import type { IpsFigureRow, IpsJobRow } from '../Store.js';

type Prepare = (sql: string) => Database.Statement;

/** Jobs are completed ips-episode forms saying an employment started; persons and jobs are counted apart. */
export const IPS_FIGURES_SQL = `
  SELECT json_extract(i.variables, '$.municipality') AS municipality,
         json_extract(i.variables, '$.referralSource') AS referral_source,
         COUNT(*) AS clients,
         SUM(CASE WHEN j.jobs > 0 THEN 1 ELSE 0 END) AS employed_persons,
         COALESCE(SUM(j.jobs), 0) AS jobs
    FROM instances i
    LEFT JOIN (SELECT instance_id, COUNT(*) AS jobs FROM tasks
                WHERE form_key = 'ips-episode' AND state = 'completed'
                  AND json_extract(data, '$.ipsEvent') = 'employment-started'
                GROUP BY instance_id) j ON j.instance_id = i.id
   WHERE i.process_key = 'supported-employment' AND json_extract(i.variables, '$.referralSource') IS NOT NULL
   GROUP BY municipality, referral_source
   ORDER BY municipality, referral_source`;

export function ipsFigures(prepare: Prepare): IpsFigureRow[] {
  const rows = prepare(IPS_FIGURES_SQL).all() as {
    municipality: string | null;
    referral_source: string | null;
    clients: number;
    employed_persons: number;
    jobs: number;
  }[];
  return rows.map((r) => ({
    municipality: r.municipality,
    referralSource: r.referral_source,
    clients: r.clients,
    employedPersons: r.employed_persons,
    jobs: r.jobs,
  }));
}

/** Jobs by municipality, sector, pay subsidy and apprenticeship: the started employments of the supported-employment paths. */
export const IPS_JOBS_SQL = `
  SELECT json_extract(i.variables, '$.municipality') AS municipality,
         json_extract(t.data, '$.employment.sector') AS sector,
         COALESCE(json_extract(t.data, '$.employment.paySubsidy'), 0) AS pay_subsidy,
         COALESCE(json_extract(t.data, '$.employment.apprenticeship'), 0) AS apprenticeship,
         COUNT(*) AS jobs
    FROM tasks t JOIN instances i ON i.id = t.instance_id
   WHERE i.process_key = 'supported-employment' AND t.form_key = 'ips-episode' AND t.state = 'completed'
     AND json_extract(t.data, '$.ipsEvent') = 'employment-started'
   GROUP BY municipality, sector, pay_subsidy, apprenticeship
   ORDER BY municipality, sector, pay_subsidy, apprenticeship`;

export function ipsJobFigures(prepare: Prepare): IpsJobRow[] {
  const rows = prepare(IPS_JOBS_SQL).all() as {
    municipality: string | null;
    sector: string | null;
    pay_subsidy: number;
    apprenticeship: number;
    jobs: number;
  }[];
  return rows.map((r) => ({
    municipality: r.municipality,
    sector: r.sector,
    paySubsidy: r.pay_subsidy === 1,
    apprenticeship: r.apprenticeship === 1,
    jobs: r.jobs,
  }));
}
