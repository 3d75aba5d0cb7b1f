/** The job coaches' employer contacts log in MongoDB (DOMAIN §7): documents per coach and day, summed per ISO week by the database. */
import type { EmployerContactRecord, EmployerContactWeek } from '../Store.js';
import type { Collections } from './collections.js';
import { text } from './documents.js';

export async function recordEmployerContacts(c: Collections, r: EmployerContactRecord): Promise<void> {
  await c.employerContacts.insertOne({
    _id: text(r.id),
    coach: text(r.coach),
    contactedOn: text(r.contactedOn),
    isoWeek: text(r.isoWeek),
    employers: Number(r.employers),
    recordedAt: text(r.recordedAt),
  });
}

export async function employerContactWeeks(c: Collections, fromWeek: string, toWeek: string): Promise<EmployerContactWeek[]> {
  const rows = await c.employerContacts
    .aggregate<{ _id: { isoWeek: string; coach: string }; employers: number }>([
      { $match: { isoWeek: { $gte: text(fromWeek), $lte: text(toWeek) } } },
      { $group: { _id: { isoWeek: '$isoWeek', coach: '$coach' }, employers: { $sum: '$employers' } } },
      { $sort: { '_id.isoWeek': 1, '_id.coach': 1 } },
    ])
    .toArray();
  return rows.map((r) => ({ coach: r._id.coach, isoWeek: r._id.isoWeek, employers: r.employers }));
}
