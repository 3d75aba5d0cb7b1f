/** The store adapters the contract suite runs against: SQLite always, MongoDB when MONGODB_URL is set. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../engine/store/Store.js';
import { createMongoStore } from '../../engine/store/mongodb/index.js';
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
