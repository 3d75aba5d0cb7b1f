/**
 * Timer leases on MongoDB: each timer is taken by one `findOneAndUpdate` whose filter requires a
 * free or expired lease, so two engine processes never take the same timer. Timers of an
 * instance in an incident carry `running: false` and are not taken.
 */
import type { TimerRecord } from '../Store.js';
import type { Collections } from './collections.js';
import { text, toTimer } from './documents.js';

/** Leases up to `limit` due timers to `owner`, oldest first. */
export async function claimDueTimers(c: Collections, now: string, owner: string, leaseUntil: string, limit: number): Promise<TimerRecord[]> {
  const taken: TimerRecord[] = [];
  for (let i = 0; i < limit; i++) {
    const doc = await c.timers.findOneAndUpdate(
      {
        dueAt: { $lte: text(now) },
        running: { $ne: false },
        $or: [{ leaseUntil: null }, { leaseUntil: { $lte: text(now) } }],
      },
      { $set: { leaseOwner: text(owner), leaseUntil: text(leaseUntil) } },
      { sort: { dueAt: 1, _id: 1 }, returnDocument: 'after' },
    );
    if (!doc) break;
    taken.push({ ...toTimer(doc), attempts: doc.attempts ?? 0 });
  }
  return taken;
}

/** Gives a leased timer back; a failure counts an attempt and holds the timer until `retryAt`. */
export async function releaseTimer(c: Collections, id: string, owner: string, failure: { retryAt: string } | null): Promise<number | null> {
  const doc = await c.timers.findOneAndUpdate(
    { _id: text(id), leaseOwner: text(owner) },
    failure
      ? { $inc: { attempts: 1 }, $set: { leaseUntil: text(failure.retryAt) } }
      : { $set: { leaseOwner: null, leaseUntil: null } },
    { returnDocument: 'after' },
  );
  return doc ? (doc.attempts ?? 0) : null;
}
