/** The store adapters the contract suite runs against: SQLite always, MongoDB when MONGODB_URL is set. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../engine/store/Store.js';
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
