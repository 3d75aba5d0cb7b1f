/**
 * The supported-employment jobs table and the self-rated work-ability scores in PostgreSQL: the
 * same questions as the SQLite adapter's `ipsFigures.ts` and `workAbilityScores.ts`, the JSON read
 * in the database.
 */
import type { IpsJobRow, WorkAbilityScoreRow } from '../Store.js';
import { all, type Queryable } from './pool.js';

/** Jobs by municipality, sector, pay subsidy and apprenticeship: the started employments of the supported-employment paths. */
export async function ipsJobFigures(db: Queryable): Promise<IpsJobRow[]> {
  const found = await all(
    db,
    `SELECT * FROM (
     SELECT i.variables::jsonb ->> 'municipality' AS municipality,
            t.data::jsonb -> 'employment' ->> 'sector' AS sector,
            COALESCE((t.data::jsonb -> 'employment' ->> 'paySubsidy')::boolean, false) AS pay_subsidy,
            COALESCE((t.data::jsonb -> 'employment' ->> 'apprenticeship')::boolean, false) AS apprenticeship,
            COUNT(*) AS jobs
       FROM tasks t JOIN instances i ON i.id = t.instance_id
      WHERE i.process_key = 'supported-employment' AND t.form_key = 'ips-episode' AND t.state = 'completed'
        AND t.data::jsonb ->> 'ipsEvent' = 'employment-started'
      GROUP BY 1, 2, 3, 4) f
     ORDER BY municipality COLLATE "C" NULLS FIRST, sector COLLATE "C" NULLS FIRST, pay_subsidy, apprenticeship`,
  );
  return found.map((r) => ({
    municipality: r.municipality as string | null,
    sector: r.sector as string | null,
    paySubsidy: r.pay_subsidy === true,
    apprenticeship: r.apprenticeship === true,
    jobs: Number(r.jobs),
  }));
}

/** Every path whose `workAbilityStart` is a whole number, with its region, municipality and latest score. */
export async function workAbilityScores(db: Queryable): Promise<WorkAbilityScoreRow[]> {
  const found = await all(
    db,
    `SELECT process_key, v -> 'region' AS region, v -> 'municipality' AS municipality,
            v -> 'workAbilityStart' AS start, v -> 'workAbilityNow' AS latest
       FROM (SELECT process_key, variables::jsonb AS v FROM instances) i
      WHERE jsonb_typeof(v -> 'workAbilityStart') = 'number' AND (v ->> 'workAbilityStart')::numeric % 1 = 0`,
  );
  return found.map((r) => ({
    processKey: String(r.process_key),
    region: typeof r.region === 'string' ? r.region : null,
    municipality: typeof r.municipality === 'string' ? r.municipality : null,
    start: Number(r.start),
    latest: typeof r.latest === 'number' ? r.latest : null,
  }));
}
