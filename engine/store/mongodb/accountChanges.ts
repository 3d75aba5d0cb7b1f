/** The account change log in MongoDB: one document per change, read newest first. */
import type { AccountChangeRecord } from '../ports/accountChanges.js';
import type { Collections } from './collections.js';
import { text } from './documents.js';

export async function appendAccountChange(c: Collections, r: AccountChangeRecord): Promise<void> {
  await c.accountChanges.insertOne({
    at: text(r.at),
    actor: text(r.actor),
    userId: text(r.userId),
    username: text(r.username),
    change: text(r.change),
  });
}

export async function listAccountChanges(c: Collections, limit: number, userId?: string): Promise<AccountChangeRecord[]> {
  const filter = userId === undefined ? {} : { userId: text(userId) };
  const docs = await c.accountChanges.find(filter).sort({ at: -1, _id: -1 }).limit(limit).toArray();
  return docs.map((d) => ({ at: d.at, actor: d.actor, userId: d.userId, username: d.username, change: d.change }));
}
