/** Opens the client's part of the store beside the main store (same SQLite file, PostgreSQL database or MongoDB database) and registers it with the policy. */
import type { Store } from '../store/Store.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import { useClientPartStore } from '../policy/clientAccess.js';
import type { ClientPartStore } from './ClientPartStore.js';
import { SqliteClientPartStore } from './sqliteClientPartStore.js';

export type * from './ClientPartStore.js';

/** The client's part for `store`: SQLite in the store's file; PostgreSQL over the store's pool; MongoDB in the database at `mongodbUrl` (its own connection). */
export async function openClientPartStore(store: Store, mongodbUrl?: string | null, dbName = 'polku'): Promise<ClientPartStore> {
  let part: ClientPartStore;
  if (store instanceof SqliteStore) part = new SqliteClientPartStore(store.file);
  else if (store instanceof (await import('../store/postgres/PostgresStore.js')).PostgresStore) {
    // Loaded only past the SQLite case, as the server loads the PostgreSQL store: SQLite users never load the driver.
    const { PostgresClientPartStore } = await import('./postgresClientPartStore.js');
    part = new PostgresClientPartStore(store.pool);
  } else if (mongodbUrl) {
    const { MongoClient } = await import('mongodb');
    const { MongoClientPartStore } = await import('./mongoClientPartStore.js');
    const client = new MongoClient(mongodbUrl, { writeConcern: { w: 'majority', journal: true } });
    await client.connect();
    const mongo = new MongoClientPartStore(client.db(dbName));
    part = Object.assign(mongo, { close: () => client.close() });
  } else throw new Error("no place for the client's part: the store is neither SQLite, PostgreSQL nor MongoDB with a URL");
  await part.init();
  useClientPartStore(store, part);
  return part;
}
