/**
 * The referral report's team figures in the MongoDB store, aggregated at read time like its other
 * reports: the ended `team-meeting` milestone rows (a partial index holds only those), the path each
 * came through (the team path's parent, or itself), its first meeting, then per month, source and
 * organisation the count and nearest-rank median and p90, and the started paths of that source (for
 * team paths started directly, only the direct starts).
 */
import type { Document } from 'mongodb';
import type { TeamMeetingFigures } from '../ReportStore.js';
import type { Collections } from './collections.js';
import { nearestRank } from './reports.js';
import { text } from './documents.js';

export async function teamMeetingFigures(c: Collections, range: { from?: string; to?: string }): Promise<TeamMeetingFigures[]> {
  const from = text(range.from ?? '0000-00');
  const to = `${text(range.to ?? '9999-99')}\uffff`;
  const instances = c.instances.collectionName;
  const rows = await c.history
    .aggregate<Document>([
      { $match: { milestone: 'team-meeting', endedAt: { $type: 'string' } } },
      { $lookup: { from: instances, localField: 'instanceId', foreignField: '_id', as: 'i' } },
      { $unwind: '$i' },
      { $lookup: { from: instances, localField: 'i.parentInstanceId', foreignField: '_id', as: 'parent' } },
      { $set: { p: { $ifNull: [{ $first: '$parent' }, '$i'] } } },
      { $match: { 'p.startedAt': { $gte: from, $lt: to } } },
      { $group: { _id: '$p._id', p: { $first: '$p' }, metAt: { $min: '$endedAt' }, direct: { $max: { $eq: ['$i._id', '$p._id'] } } } },
      {
        $project: {
          month: { $substrBytes: ['$p.startedAt', 0, 7] },
          source: '$p.processKey',
          organisation: { $ifNull: ['$p.organisation', ''] },
          direct: 1,
          wait: { $round: [{ $divide: [{ $subtract: [{ $toDate: '$metAt' }, { $toDate: '$p.startedAt' }] }, 1000] }, 0] },
        },
      },
      {
        $group: {
          _id: { month: '$month', source: '$source', organisation: '$organisation' },
          waits: { $push: '$wait' },
          direct: { $max: '$direct' },
        },
      },
      { $set: { waits: { $sortArray: { input: '$waits', sortBy: 1 } } } },
      {
        $lookup: {
          from: instances,
          let: { month: '$_id.month', source: '$_id.source', organisation: '$_id.organisation', direct: '$direct' },
          pipeline: [
            {
              $match: {
                $expr: {
                  $and: [
                    { $eq: ['$processKey', '$$source'] },
                    { $eq: [{ $substrBytes: ['$startedAt', 0, 7] }, '$$month'] },
                    { $eq: [{ $ifNull: ['$organisation', ''] }, '$$organisation'] },
                    // A team path started directly is counted against the direct starts only.
                    { $or: [{ $not: ['$$direct'] }, { $eq: [{ $ifNull: ['$parentInstanceId', null] }, null] }] },
                  ],
                },
              },
            },
            { $count: 'n' },
          ],
          as: 'started',
        },
      },
      {
        $project: {
          started: { $ifNull: [{ $first: '$started.n' }, 0] },
          reached: { $size: '$waits' },
          median: nearestRank('$waits', 50),
          p90: nearestRank('$waits', 90),
        },
      },
      { $sort: { '_id.month': 1, '_id.source': 1, '_id.organisation': 1 } },
    ])
    .toArray();
  return rows.map((r) => ({
    month: r._id.month as string,
    source: r._id.source as string,
    organisation: (r._id.organisation as string) || null,
    started: r.started as number,
    reachedTeam: r.reached as number,
    medianToMeetingSeconds: r.median as number,
    p90ToMeetingSeconds: r.p90 as number,
  }));
}
