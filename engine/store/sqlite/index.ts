/** Wires the embedded SQLite store: opens the file and creates the tables. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../Store.js';
import { SqliteStore } from './SqliteStore.js';

/** Opens (creating if needed) the SQLite store at `file` and makes sure its tables exist. */
export async function createSqliteStore(file: string): Promise<Store> {
  mkdirSync(dirname(file), { recursive: true });
  const store = new SqliteStore(file);
  await store.init();
  return store;
}

export { SqliteStore };
