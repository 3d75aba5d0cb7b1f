/** The self-rated work-ability scores read in SQLite: the instance variables' JSON read in the database. */
import type Database from 'better-sqlite3';
import type { WorkAbilityScoreRow } from '../Store.js';

type Prepare = (sql: string) => Database.Statement;

export const WORK_ABILITY_SCORES_SQL = `
  SELECT process_key,
         json_extract(variables, '$.region') AS region,
         json_extract(variables, '$.municipality') AS municipality,
         json_extract(variables, '$.workAbilityStart') AS start,
         json_extract(variables, '$.workAbilityNow') AS latest
    FROM instances
   WHERE json_type(variables, '$.workAbilityStart') = 'integer'`;

export function workAbilityScores(prepare: Prepare): WorkAbilityScoreRow[] {
  const rows = prepare(WORK_ABILITY_SCORES_SQL).all() as {
    process_key: string;
    region: unknown;
    municipality: unknown;
    start: number;
    latest: unknown;
  }[];
  return rows.map((r) => ({
    processKey: r.process_key,
    region: typeof r.region === 'string' ? r.region : null,
    municipality: typeof r.municipality === 'string' ? r.municipality : null,
    start: r.start,
    latest: typeof r.latest === 'number' ? r.latest : null,
  }));
}
