/**
 * The inbox of the MongoDB store: a worker's tasks filtered and ordered by the server, and their
 * counts with countDocuments. The multikey index tasks_inbox (roles, state, assignee, expectedBy)
 * serves the filters; tasks without expectedBy sort last through a computed field.
 */
import type { Filter } from 'mongodb';
import type { InboxCountQuery, InboxCounts, InboxQuery, InboxTask } from '../Store.js';
import type { Collections } from './collections.js';
import { num, text, toTask, type TaskDoc } from './documents.js';

/** The instance ids of a client's paths, as a filter on tasks. */
async function ofClient(c: Collections, clientRef: string): Promise<Filter<TaskDoc>> {
  const ids = await c.instances.distinct('_id', { clientRef: text(clientRef) });
  return { instanceId: { $in: ids.map(text) } };
}

/** Tasks after a position in the order (expectedBy, none last; createdAt; id). */
function after(position: NonNullable<InboxQuery['after']>): Filter<TaskDoc> {
  const createdAt = text(position.createdAt);
  const sameDeadline = [{ createdAt: { $gt: createdAt } }, { createdAt, _id: { $gt: text(position.id) } }];
  if (position.expectedBy === null) return { expectedBy: null, $or: sameDeadline };
  const due = text(position.expectedBy);
  return {
    $or: [
      { expectedBy: null },
      { expectedBy: { $gt: due } },
      { expectedBy: due, createdAt: { $gt: createdAt } },
      { expectedBy: due, createdAt, _id: { $gt: text(position.id) } },
    ],
  };
}

/** Tasks of the query in inbox order, each with its path's clientRef. */
export async function listInbox(c: Collections, q: InboxQuery): Promise<InboxTask[]> {
  const limit = Math.max(0, Math.trunc(num(q.limit)) || 0);
  if (limit === 0) return [];
  const and: Filter<TaskDoc>[] = [{ roles: { $in: q.roles.map(text) }, state: text(q.state) as TaskDoc['state'] }];
  if (q.assignee === null) and.push({ assignee: null });
  else if (q.assignee !== undefined) {
    const user = text(q.assignee);
    and.push(q.orUnassigned ? { $or: [{ assignee: user }, { assignee: null }] } : { assignee: user });
  }
  // $lt compares strings with strings only, so a task without expectedBy is never late.
  if (q.lateAt) and.push({ expectedBy: { $lt: text(q.lateAt) } });
  if (q.processKey) and.push({ processKey: text(q.processKey) });
  if (q.instanceId) and.push({ instanceId: text(q.instanceId) });
  if (q.clientRef) and.push(await ofClient(c, q.clientRef));
  if (q.after) and.push(after(q.after));
  const found = await c.tasks
    .aggregate<TaskDoc>([
      { $match: { $and: and } },
      { $addFields: { noDeadline: { $eq: [{ $ifNull: ['$expectedBy', null] }, null] } } },
      { $sort: { noDeadline: 1, expectedBy: 1, createdAt: 1, _id: 1 } },
      { $limit: limit },
      { $project: { noDeadline: 0 } },
    ])
    .toArray();
  const instances = await c.instances
    .find({ _id: { $in: [...new Set(found.map((t) => t.instanceId))] } }, { projection: { clientRef: 1 } })
    .toArray();
  const clientRefs = new Map(instances.map((i) => [i._id, i.clientRef ?? null]));
  return found.map((d) => ({ ...toTask(d), clientRef: clientRefs.get(d.instanceId) ?? null }));
}

/** Open tasks per inbox filter, counted by the server. */
export async function countInbox(c: Collections, q: InboxCountQuery): Promise<InboxCounts> {
  const base: Filter<TaskDoc>[] = [{ roles: { $in: q.roles.map(text) }, state: 'open' }];
  if (q.processKey) base.push({ processKey: text(q.processKey) });
  if (q.clientRef) base.push(await ofClient(c, q.clientRef));
  const count = (extra: Filter<TaskDoc>) => c.tasks.countDocuments({ $and: [...base, extra] });
  const [mine, unassigned, all, late] = await Promise.all([
    count({ assignee: text(q.userId) }),
    count({ assignee: null }),
    count({}),
    count({ expectedBy: { $lt: text(q.now) } }),
  ]);
  return { mine, unassigned, all, late };
}
