/**
 * The store several server processes share in a test, and a read-only way for the test to look at
 * it: a SQLite file in a temp dir, or a schema of its own on the test PostgreSQL (DATABASE_URL for
 * the servers carries its search_path).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresStore } from '../../../engine/store/postgres/index.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import type { Store } from '../../../engine/store/Store.js';
import { openPostgresSchema, tempDir } from '../../support/stores.js';

export interface SharedStore {
  /** Environment for the server processes (their data dir, or DATABASE_URL). */
  env: Record<string, string>;
  /** Opens the store in this process (to seed it); the caller closes it. */
  open(): Promise<Store>;
  /** Rows of a read-only query with `?` placeholders; numbers come back as numbers. */
  all(sql: string, ...args: unknown[]): Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

/** One SQLite file in a temp dir. */
export function sqliteShared(): SharedStore {
  const tmp = tempDir('polku-cluster-');
  const file = join(tmp.dir, 'polku.sqlite');
  let db: Database.Database | null = null;
  return {
    // DATABASE_URL emptied: a developer's PostgreSQL setting must not take the SQLite servers elsewhere.
    env: { POLKU_DATA_DIR: tmp.dir, DATABASE_URL: '' },
    open: () => createSqliteStore(file),
    async all(sql, ...args) {
      db ??= new Database(file, { readonly: true, fileMustExist: true });
      return db.prepare(sql).all(...args) as Record<string, unknown>[];
    },
    async dispose() {
      db?.close();
      tmp.dispose();
    },
  };
}

/** A fresh schema on the PostgreSQL at `url`, dropped by `dispose`. */
export async function postgresShared(url: string): Promise<SharedStore> {
  const { schema, dropSchema } = await openPostgresSchema(url);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  const pool = new pg.Pool({ connectionString: scoped.toString(), max: 2 });
  return {
    env: { DATABASE_URL: scoped.toString() },
    open: () => createPostgresStore({ url, schema }),
    async all(sql, ...args) {
      let n = 0;
      const rows = (
        await pool.query(
          sql.replace(/\?/g, () => `$${++n}`),
          args,
        )
      ).rows as Record<string, unknown>[];
      // COUNT(*) is a bigint, which pg hands back as text.
      return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'n' ? Number(v) : v])));
    },
    async dispose() {
      await pool.end();
      await dropSchema();
    },
  };
}
