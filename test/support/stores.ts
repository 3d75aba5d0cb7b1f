/** The store adapters the contract suite runs against: SQLite always, PostgreSQL when one is reachable, MongoDB when MONGODB_URL is set. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../engine/store/Store.js';
import pg from 'pg';
import { createMongoStore } from '../../engine/store/mongodb/index.js';
import { createPostgresStore } from '../../engine/store/postgres/index.js';
import { createSqliteStore } from '../../engine/store/sqlite/index.js';

export interface StoreFixture {
  name: string;
  /** A fresh, empty store and a way to drop it. */
  open(): Promise<{ store: Store; dispose(): Promise<void> }>;
}

/** A temp directory removed by `dispose`. */
export function tempDir(prefix = 'polku-'): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export const sqliteFixture: StoreFixture = {
  name: 'SQLite',
  async open() {
    const tmp = tempDir();
    const store = await createSqliteStore(join(tmp.dir, 'polku.sqlite'));
    return {
      store,
      async dispose() {
        await store.close();
        tmp.dispose();
      },
    };
  },
};

/** A fresh database on the replica set at MONGODB_URL per test, dropped by `dispose`; only run when that is set. */
export const mongoFixture: StoreFixture = {
  name: 'MongoDB',
  async open() {
    const url = process.env.MONGODB_URL;
    if (!url) throw new Error('MONGODB_URL is not set');
    const store = await createMongoStore(url, `polku_test_${randomUUID().slice(0, 8)}`);
    return {
      store,
      async dispose() {
        await store.dropDatabase();
        await store.close();
      },
    };
  },
};

/** The PostgreSQL the tests use: POLKU_TEST_PG_URL, else DATABASE_URL when it names PostgreSQL; null when neither is set. */
export function testPostgresUrl(): string | null {
  const url = process.env.POLKU_TEST_PG_URL?.trim() || process.env.DATABASE_URL?.trim() || '';
  return /^postgres(ql)?:\/\//.test(url) ? url : null;
}

/**
 * Whether the PostgreSQL suites run: true when the URL answers. Without one they skip with a line
 * saying why, except in CI (`CI=true`), where a missing or unreachable PostgreSQL registers a failing test.
 */
export async function postgresReachable(): Promise<boolean> {
  const url = testPostgresUrl();
  let why = 'POLKU_TEST_PG_URL (or DATABASE_URL=postgres://…) is not set';
  if (url) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch (err) {
      why = `PostgreSQL at the test URL does not answer (${(err as Error).message})`;
    } finally {
      await client.end().catch(() => {});
    }
  }
  if (process.env.CI === 'true') {
    // A failing test rather than a throw at import, so the run's reporter counts it and says why.
    describe('PostgreSQL for the store tests', () => {
      it('Given CI=true, Then the test PostgreSQL answers', () => {
        throw new Error(`CI=true needs PostgreSQL for the store tests: ${why}`);
      });
    });
    return false;
  }
  console.log(`PostgreSQL tests skipped: ${why}`);
  return false;
}

/** A schema of its own per store (created here, dropped by `dispose`), so tests on one database never see each other's rows. */
export async function openPostgresSchema(url: string): Promise<{ schema: string; dropSchema(): Promise<void> }> {
  const schema = `polku_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  return {
    schema,
    async dropSchema() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A fresh schema on the test PostgreSQL per test, dropped by `dispose`; only run when `postgresReachable()`. */
export const postgresFixture: StoreFixture = {
  name: 'PostgreSQL',
  async open() {
    const url = testPostgresUrl();
    if (!url) throw new Error('no test PostgreSQL URL');
    const { schema, dropSchema } = await openPostgresSchema(url);
    const store = await createPostgresStore({ url, schema, poolSize: 5 });
    return {
      store,
      async dispose() {
        await store.close();
        await dropSchema();
      },
    };
  },
};

/** A schema of its own on the test PostgreSQL, as one URL (its search_path in `options`), as a server or a child process takes it. */
export async function postgresSchemaUrl(url: string): Promise<{ url: string; dropSchema(): Promise<void> }> {
  const { schema, dropSchema } = await openPostgresSchema(url);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return { url: scoped.toString(), dropSchema };
}

/** Opens the store a test names by one string: a postgres:// URL, else a SQLite file path. */
export async function openStoreAt(locator: string): Promise<Store> {
  return /^postgres(ql)?:\/\//.test(locator) ? createPostgresStore({ url: locator, poolSize: 4 }) : createSqliteStore(locator);
}
