/** Opens the client's part of the store beside the main store (same SQLite file, or same MongoDB database) and registers it with the policy. */
import type { Store } from '../store/Store.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import { useClientPartStore } from '../policy/clientAccess.js';
import type { ClientPartStore } from './ClientPartStore.js';
import { SqliteClientPartStore } from './sqliteClientPartStore.js';

export type * from './ClientPartStore.js';

/** The client's part for `store`: SQLite in the store's file; MongoDB in the database at `mongodbUrl` (its own connection). */
export async function openClientPartStore(store: Store, mongodbUrl?: string | null, dbName = 'polku'): Promise<ClientPartStore> {
  let part: ClientPartStore;
  if (store instanceof SqliteStore) part = new SqliteClientPartStore(store.file);
  else if (mongodbUrl) {
    const { MongoClient } = await import('mongodb');
    const { MongoClientPartStore } = await import('./mongoClientPartStore.js');
    const client = new MongoClient(mongodbUrl, { writeConcern: { w: 'majority', journal: true } });
    await client.connect();
    const mongo = new MongoClientPartStore(client.db(dbName));
    part = Object.assign(mongo, { close: () => client.close() });
  } else throw new Error("no place for the client's part: the store is neither SQLite nor MongoDB with a URL");
  await part.init();
  useClientPartStore(store, part);
  return part;
}
