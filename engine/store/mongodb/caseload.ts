/**
 * Caseload places in the MongoDB store (DOMAIN §7: at most 20 IPS clients per coach). Without a
 * transaction a count-then-insert could let two takers pass, so a taker writes its place first and
 * then reads the holder's running places in (takenAt, id) order: it keeps the place only when it is
 * among the first `limit`. Racing takers may both step back, never both pass.
 */
import type { CaseloadPlace, WaitingEntry, WaitingQuery } from '../Store.js';
import type { Collections } from './collections.js';
import { text, type CaseloadPlaceDoc } from './documents.js';

/** The holder's places whose paths still run, oldest first; places of ended paths are dropped. */
async function runningPlaces(c: Collections, processKey: string, holder: string): Promise<CaseloadPlaceDoc[]> {
  const places = await c.caseloadPlaces.find({ processKey: text(processKey), holder: text(holder) }).toArray();
  const running = new Set(
    (await c.instances.find({ _id: { $in: places.map((p) => p._id) }, state: 'running' }, { projection: { _id: 1 } }).toArray()).map((i) =>
      String(i._id),
    ),
  );
  const ended = places.filter((p) => !running.has(p._id)).map((p) => p._id);
  if (ended.length) await c.caseloadPlaces.deleteMany({ _id: { $in: ended }, holder: text(holder) });
  return places.filter((p) => running.has(p._id)).sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a._id.localeCompare(b._id));
}

export async function takeCaseloadPlace(c: Collections, p: CaseloadPlace, limit: number): Promise<boolean> {
  const before = await c.caseloadPlaces.findOne({ _id: text(p.instanceId) });
  if (before?.holder === p.holder) {
    const others = (await runningPlaces(c, p.processKey, p.holder)).filter((d) => d._id !== p.instanceId);
    // Already holding the place (a retried step): it stays, counted among the first.
    return others.filter((d) => d.takenAt < before.takenAt || (d.takenAt === before.takenAt && d._id < before._id)).length < limit;
  }
  const doc: CaseloadPlaceDoc = {
    _id: text(p.instanceId),
    processKey: text(p.processKey),
    holder: text(p.holder),
    takenAt: text(p.takenAt),
  };
  await c.caseloadPlaces.replaceOne({ _id: doc._id }, doc, { upsert: true });
  const places = await runningPlaces(c, p.processKey, p.holder);
  const position = places.findIndex((d) => d._id === doc._id);
  if (position >= 0 && position < limit) return true;
  // Over the limit: step back to the place held before, if any.
  if (before) await c.caseloadPlaces.replaceOne({ _id: doc._id }, before);
  else await c.caseloadPlaces.deleteOne({ _id: doc._id, holder: doc.holder });
  return false;
}

export async function releaseCaseloadPlace(c: Collections, instanceId: string): Promise<void> {
  await c.caseloadPlaces.deleteOne({ _id: text(instanceId) });
}

export async function countCaseloads(c: Collections, processKey: string, holders: string[]): Promise<Map<string, number>> {
  const counts = new Map(holders.map((h) => [h, 0]));
  const places = await c.caseloadPlaces
    .find({ processKey: text(processKey), holder: { $in: holders.map(text) } }, { projection: { holder: 1 } })
    .toArray();
  const running = new Set(
    (await c.instances.find({ _id: { $in: places.map((p) => p._id) }, state: 'running' }, { projection: { _id: 1 } }).toArray()).map((i) =>
      String(i._id),
    ),
  );
  for (const p of places) if (running.has(p._id)) counts.set(p.holder, (counts.get(p.holder) ?? 0) + 1);
  return counts;
}

export async function listWaiting(c: Collections, q: WaitingQuery): Promise<WaitingEntry[]> {
  const subs = await c.subscriptions.find({ messageName: text(q.messageName) }, { projection: { instanceId: 1 } }).toArray();
  const ids = [...new Set(subs.map((s) => s.instanceId))];
  const paths = await c.instances
    .find({ _id: { $in: ids }, processKey: text(q.processKey), state: 'running' }, { projection: { clientRef: 1 } })
    .toArray();
  const firsts = await c.history
    .aggregate<{ _id: string; since: string }>([
      { $match: { instanceId: { $in: paths.map((p) => String(p._id)) }, activityId: text(q.activityId) } },
      { $group: { _id: '$instanceId', since: { $min: '$startedAt' } } },
    ])
    .toArray();
  const since = new Map(firsts.map((f) => [f._id, f.since]));
  return paths
    .map((p) => ({ instanceId: String(p._id), clientRef: p.clientRef, since: since.get(String(p._id)) ?? '' }))
    .sort((a, b) => a.since.localeCompare(b.since) || a.instanceId.localeCompare(b.instanceId));
}
