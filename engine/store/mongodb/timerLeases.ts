/**
 * Timer leases on MongoDB in three round trips whatever the batch: find the oldest free due
 * timers, take them with one `updateMany` that stamps a fresh claim id, read back what carries
 * that id (a round that lost some to another process looks once or twice more). The update's filter requires a free or expired lease and MongoDB applies it to each
 * document atomically, so of two engine processes racing for a timer only one takes it; the
 * other gets fewer rows, never a shared one. Timers of an instance in an incident carry
 * `running: false` and are not taken.
 */
import { randomUUID } from 'node:crypto';
import type { Filter } from 'mongodb';
import type { TimerRecord } from '../Store.js';
import type { Collections } from './collections.js';
import { text, toTimer, type TimerDoc } from './documents.js';

/** Rounds of find-and-take in one call: a round that lost timers to another process tries once more for the rest. */
const ROUNDS = 3;

/** Leases up to `limit` due timers to `owner`, oldest first. */
export async function claimDueTimers(
  c: Collections,
  now: string,
  owner: string,
  leaseUntil: string,
  limit: number,
): Promise<TimerRecord[]> {
  const free: Filter<TimerDoc> = {
    dueAt: { $lte: text(now) },
    running: { $ne: false },
    $or: [{ leaseUntil: null }, { leaseUntil: { $lte: text(now) } }],
  };
  const claim = randomUUID();
  let taken = 0;
  for (let round = 0; round < ROUNDS && taken < limit; round++) {
    const candidates = await c.timers.find(free, { projection: { _id: 1 }, sort: { dueAt: 1, _id: 1 }, limit: limit - taken }).toArray();
    if (!candidates.length) break;
    const res = await c.timers.updateMany(
      { $and: [free, { _id: { $in: candidates.map((d) => d._id) } }] },
      { $set: { leaseOwner: text(owner), leaseUntil: text(leaseUntil), claim } },
    );
    taken += res.modifiedCount;
    if (res.modifiedCount === candidates.length) break;
  }
  if (!taken) return [];
  const mine = await c.timers.find({ claim }).sort({ dueAt: 1, _id: 1 }).toArray();
  return mine.map((d) => ({ ...toTimer(d), attempts: d.attempts ?? 0 }));
}

/** Gives a leased timer back; a failure counts an attempt and holds the timer until `retryAt`. */
export async function releaseTimer(c: Collections, id: string, owner: string, failure: { retryAt: string } | null): Promise<number | null> {
  const doc = await c.timers.findOneAndUpdate(
    { _id: text(id), leaseOwner: text(owner) },
    failure ? { $inc: { attempts: 1 }, $set: { leaseUntil: text(failure.retryAt) } } : { $set: { leaseOwner: null, leaseUntil: null } },
    { returnDocument: 'after' },
  );
  return doc ? (doc.attempts ?? 0) : null;
}
