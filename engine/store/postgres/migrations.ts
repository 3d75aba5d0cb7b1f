/**
 * Numbered schema migrations, applied on start under a PostgreSQL advisory lock: processes that
 * start together wait for one another, and the first applies what is missing while the others
 * find it done. Each migration runs in its own transaction with its row in `schema_migrations`.
 * A migration once released is never edited: a change is a new number.
 */
import type pg from 'pg';
import { ACCOUNT_CHANGES_SQL } from './accountChanges.js';
import { REPORT_SCHEMA_SQL } from './reportSchema.js';
import { CORE_SCHEMA_SQL } from './schema.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'core tables', sql: CORE_SCHEMA_SQL },
  { version: 2, name: 'report aggregates', sql: REPORT_SCHEMA_SQL },
  { version: 3, name: 'history: who or what cancelled a step', sql: 'ALTER TABLE history ADD COLUMN IF NOT EXISTS cancelled_by TEXT' },
  { version: 4, name: "deployments: the deployer's change note", sql: 'ALTER TABLE deployments ADD COLUMN IF NOT EXISTS note TEXT' },
  { version: 5, name: 'account change log', sql: ACCOUNT_CHANGES_SQL },
];

/** The advisory lock's key: one per schema, so that databases or schemas side by side do not wait for each other. */
const LOCK_KEY = `hashtext('polku-migrate:' || current_schema())`;

/** Applies the migrations the database lacks, in order; returns the versions it applied (none when another process did). */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      );
      const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: { version: number }) => r.version));
      const applied: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        // On the connection that holds the lock: a pool of one connection migrates too.
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
            m.version,
            m.name,
            new Date().toISOString(),
          ]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        }
        applied.push(m.version);
      }
      return applied;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
    }
  } finally {
    client.release();
  }
}
