/** Wires the PostgreSQL store: a pool on DATABASE_URL and the numbered migrations applied. */
import { createPool, type PoolOptions } from './pool.js';
import { PostgresStore } from './PostgresStore.js';

/** Opens a pool on `url` and brings the schema up to date (two processes starting together migrate once). */
export async function createPostgresStore(options: PoolOptions): Promise<PostgresStore> {
  const store = new PostgresStore(createPool(options));
  try {
    await store.init();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

export { PostgresStore };
export type { PoolOptions };
