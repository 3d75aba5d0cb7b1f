/** Wires the shared MongoDB store: connects to the replica set and creates collections and indexes. */
import { MongoClient } from 'mongodb';
import { MongoStore } from './MongoStore.js';

/**
 * Connects to `url` (a replica set: steps commit in multi-document transactions) and makes sure
 * the collections and indexes of `dbName` exist. Resolves to a `Store`; `MongoStore` adds `dropDatabase` for tests.
 */
export async function createMongoStore(url: string, dbName = 'polku'): Promise<MongoStore> {
  // Majority writes and journaling: a step the engine reported as committed survives a failover.
  const client = new MongoClient(url, { writeConcern: { w: 'majority', journal: true } });
  await client.connect();
  const store = new MongoStore(client, dbName);
  try {
    await store.init();
  } catch (err) {
    await client.close();
    throw err;
  }
  return store;
}

export { MongoStore };
