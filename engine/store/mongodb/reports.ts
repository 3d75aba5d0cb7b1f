/**
 * The report queries of the MongoDB store, as aggregation pipelines run by the server. Unlike the
 * SQLite adapter they aggregate at read time (over indexed matches), with the same answers: the
 * wait of a step is bucketed to the minute under a day and to the hour beyond, and percentiles are
 * nearest-rank, so both adapters agree on the contract's figures.
 */
import type { Document } from 'mongodb';
import {
  JOB_OUTCOMES,
  type ActivityStat,
  type LateTaskQuery,
  type LateTaskRow,
  type OperationCounts,
  type OutcomeCounts,
  type ReferralCount,
  type StalledQuery,
  type StalledReason,
  type StalledRow,
} from '../ReportStore.js';
import type { Collections } from './collections.js';
import { num, text } from './documents.js';

/** A page of the stalled list: open dated history rows by the history_late index, joined to running instances. */
export async function listStalled(c: Collections, q: StalledQuery): Promise<StalledRow[]> {
  const match: Document = { endedAt: null, expectedBy: { $lt: text(q.now) } };
  if (q.activityId) match.activityId = text(q.activityId);
  if (q.reason) match.stalledReason = q.reason === 'late' ? null : text(q.reason);
  if (q.after) {
    const a = { e: text(q.after.expectedBy), i: text(q.after.instanceId), x: text(q.after.executionId) };
    match.$or = [
      { expectedBy: { $gt: a.e } },
      { expectedBy: a.e, instanceId: { $gt: a.i } },
      { expectedBy: a.e, instanceId: a.i, executionId: { $gt: a.x } },
    ];
  }
  const instanceMatch: Document = { 'i.state': 'running' };
  if (q.processKey) instanceMatch['i.processKey'] = text(q.processKey);
  if (q.organisation) instanceMatch['i.organisation'] = text(q.organisation);
  const rows = await c.history
    .aggregate<Document>([
      { $match: match },
      { $sort: { expectedBy: 1, instanceId: 1, executionId: 1 } },
      { $lookup: { from: c.instances.collectionName, localField: 'instanceId', foreignField: '_id', as: 'i' } },
      { $unwind: '$i' },
      { $match: instanceMatch },
      {
        $lookup: {
          from: c.tasks.collectionName,
          let: { inst: '$instanceId', exe: '$executionId' },
          pipeline: [
            {
              $match: {
                $expr: { $and: [{ $eq: ['$instanceId', '$$inst'] }, { $eq: ['$executionId', '$$exe'] }, { $eq: ['$state', 'open'] }] },
              },
            },
          ],
          as: 't',
        },
      },
      ...(q.role ? [{ $match: { 't.roles': text(q.role) } }] : []),
      { $limit: num(q.limit) },
    ])
    .toArray();
  return rows.map((r) => ({
    instanceId: r.instanceId as string,
    executionId: r.executionId as string,
    clientRef: (r.i.clientRef as string | null) ?? null,
    processKey: r.i.processKey as string,
    version: r.i.version as number,
    activityId: r.activityId as string,
    activityName: (r.name as string | null) ?? null,
    roles: ((r.t as Document[])[0]?.roles as string[] | undefined) ?? [],
    since: r.startedAt as string,
    expectedBy: r.expectedBy as string,
    organisation: (r.i.organisation as string | null) ?? null,
    reason: ((r.stalledReason as StalledReason | null | undefined) ?? 'late') as StalledReason,
  }));
}

/** Seconds between two ISO strings, bucketed like the SQLite adapter's kept waits. */
const bucketedWait: Document = {
  $let: {
    vars: { s: { $round: [{ $divide: [{ $subtract: [{ $toDate: '$h.endedAt' }, { $toDate: '$h.startedAt' }] }, 1000] }, 0] } },
    in: {
      $cond: [
        { $lt: ['$$s', 0] },
        0,
        {
          $cond: [{ $lt: ['$$s', 86400] }, { $subtract: ['$$s', { $mod: ['$$s', 60] }] }, { $subtract: ['$$s', { $mod: ['$$s', 3600] }] }],
        },
      ],
    },
  },
};

/** The element at nearest rank p (percent) of a sorted array field, or null when empty. */
export const nearestRank = (field: string, p: number): Document => ({
  $cond: [
    { $eq: [{ $size: field }, 0] },
    null,
    { $arrayElemAt: [field, { $subtract: [{ $ceil: { $multiply: [{ $size: field }, p / 100] } }, 1] }] },
  ],
});

/** Per activity of a process version: counts and nearest-rank percentiles of the bucketed waits. */
export async function activityStats(c: Collections, processKey: string, version: number): Promise<ActivityStat[]> {
  const rows = await c.instances
    .aggregate<Document>([
      { $match: { processKey: text(processKey), version: num(version) } },
      { $lookup: { from: c.history.collectionName, localField: '_id', foreignField: 'instanceId', as: 'h' } },
      { $unwind: '$h' },
      {
        $group: {
          _id: '$h.activityId',
          active: { $sum: { $cond: [{ $and: [{ $eq: ['$h.endedAt', null] }, { $eq: ['$state', 'running'] }] }, 1, 0] } },
          completed: { $sum: { $cond: [{ $ne: ['$h.endedAt', null] }, 1, 0] } },
          waits: { $push: { $cond: [{ $ne: ['$h.endedAt', null] }, bucketedWait, '$$REMOVE'] } },
        },
      },
      { $set: { waits: { $sortArray: { input: '$waits', sortBy: 1 } } } },
      { $project: { active: 1, completed: 1, median: nearestRank('$waits', 50), p90: nearestRank('$waits', 90) } },
      { $sort: { _id: 1 } },
    ])
    .toArray();
  return rows.map((r) => ({
    activityId: r._id as string,
    active: r.active as number,
    completed: r.completed as number,
    medianWaitSeconds: (r.median as number | null) ?? null,
    p90WaitSeconds: (r.p90 as number | null) ?? null,
  }));
}

/** Started paths per month, process, source (the parent's process) and organisation. */
export async function countReferrals(c: Collections, range: { from?: string; to?: string }): Promise<ReferralCount[]> {
  const rows = await c.instances
    .aggregate<Document>([
      { $match: { startedAt: { $gte: text(range.from ?? '0000-00'), $lt: `${text(range.to ?? '9999-99')}\uffff` } } },
      { $lookup: { from: c.instances.collectionName, localField: 'parentInstanceId', foreignField: '_id', as: 'p' } },
      {
        $group: {
          _id: {
            month: { $substrBytes: ['$startedAt', 0, 7] },
            processKey: '$processKey',
            source: { $ifNull: [{ $first: '$p.processKey' }, ''] },
            organisation: { $ifNull: ['$organisation', ''] },
          },
          count: { $sum: 1 },
        },
      },
      { $sort: { '_id.month': 1, '_id.processKey': 1, '_id.source': 1, '_id.organisation': 1 } },
    ])
    .toArray();
  return rows.map((r) => ({
    month: r._id.month as string,
    processKey: r._id.processKey as string,
    source: (r._id.source as string) || null,
    organisation: (r._id.organisation as string) || null,
    count: r.count as number,
  }));
}

/** Outcomes of completed tasks per value, persons and jobs. */
export async function countOutcomes(c: Collections, processKey: string): Promise<OutcomeCounts> {
  const key = text(processKey);
  const [byOutcome, employed, persons] = await Promise.all([
    c.tasks
      .aggregate<Document>([
        { $match: { processKey: key, state: 'completed', outcome: { $type: 'string' } } },
        { $lookup: { from: c.instances.collectionName, localField: 'instanceId', foreignField: '_id', as: 'i' } },
        { $group: { _id: '$outcome', count: { $sum: 1 }, persons: { $addToSet: { $first: '$i.clientRef' } } } },
        { $project: { count: 1, persons: { $size: '$persons' } } },
        { $sort: { _id: 1 } },
      ])
      .toArray(),
    c.tasks
      .aggregate<Document>([
        { $match: { processKey: key, state: 'completed', outcome: { $in: [...JOB_OUTCOMES] } } },
        { $lookup: { from: c.instances.collectionName, localField: 'instanceId', foreignField: '_id', as: 'i' } },
        { $group: { _id: null, jobs: { $sum: 1 }, persons: { $addToSet: { $first: '$i.clientRef' } } } },
        { $project: { jobs: 1, persons: { $size: '$persons' } } },
      ])
      .toArray(),
    c.instances
      .aggregate<Document>([{ $match: { processKey: key, clientRef: { $ne: null } } }, { $group: { _id: '$clientRef' } }, { $count: 'n' }])
      .toArray(),
  ]);
  return {
    persons: (persons[0]?.n as number | undefined) ?? 0,
    employedPersons: (employed[0]?.persons as number | undefined) ?? 0,
    jobs: (employed[0]?.jobs as number | undefined) ?? 0,
    byOutcome: byOutcome.map((r) => ({ outcome: r._id as string, count: r.count as number, persons: r.persons as number })),
  };
}

/** A page of open tasks that became late in [since, now), one row per task and role. */
export async function listLateTasks(c: Collections, q: LateTaskQuery): Promise<LateTaskRow[]> {
  const match: Document = { state: 'open', expectedBy: { $gte: text(q.since), $lt: text(q.now) } };
  const roleMatch: Document = {};
  if (q.roles) {
    match.roles = { $in: q.roles.map(text) };
    roleMatch.roles = { $in: q.roles.map(text) };
  }
  if (q.after) {
    const a = { r: text(q.after.role), e: text(q.after.expectedBy), t: text(q.after.taskId) };
    roleMatch.$or = [{ roles: { $gt: a.r } }, { roles: a.r, expectedBy: { $gt: a.e } }, { roles: a.r, expectedBy: a.e, _id: { $gt: a.t } }];
  }
  const rows = await c.tasks
    .aggregate<Document>([
      { $match: match },
      { $unwind: '$roles' },
      { $match: roleMatch },
      { $sort: { roles: 1, expectedBy: 1, _id: 1 } },
      { $limit: num(q.limit) },
      { $lookup: { from: c.instances.collectionName, localField: 'instanceId', foreignField: '_id', as: 'i' } },
    ])
    .toArray();
  return rows.map((r) => ({
    role: r.roles as string,
    taskId: r._id as string,
    name: (r.name as string | null) ?? null,
    activityId: r.activityId as string,
    processKey: r.processKey as string,
    instanceId: r.instanceId as string,
    clientRef: ((r.i as Document[])[0]?.clientRef as string | null | undefined) ?? null,
    assignee: (r.assignee as string | null) ?? null,
    expectedBy: r.expectedBy as string,
  }));
}

/** Counts served by the state indexes (count scans of an index, no document reads). */
export async function countOperations(c: Collections): Promise<OperationCounts> {
  const [openTasks, runningInstances] = await Promise.all([
    c.tasks.countDocuments({ state: 'open' }),
    c.instances.countDocuments({ state: 'running' }),
  ]);
  return { openTasks, runningInstances };
}
