/** The supported-employment figures computed in SQLite: one grouped query, JSON read in the database. */
import type Database from 'better-sqlite3';
import type { IpsFigureRow } from '../Store.js';

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
