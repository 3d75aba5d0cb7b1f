/** Team meeting bookings in the SQLite store: the slot is the primary key, so a slot has one client. */
import type Database from 'better-sqlite3';
import type { MeetingBookingRecord, MeetingBookingRow, MeetingParty } from '../Store.js';

type Prepare = (sql: string) => Database.Statement;

/**
 * Books the slot for the instance; true when it holds the slot afterwards. Run inside one
 * transaction: the instance's own later bookings go (a rebooking replaces them), then the insert
 * either takes the free slot, updates the instance's own (its parties and confirmation), or meets
 * another instance's row and changes nothing.
 */
export function bookMeetingSlot(prepare: Prepare, b: MeetingBookingRecord): boolean {
  prepare('DELETE FROM meeting_bookings WHERE instance_id = ? AND slot >= ? AND slot <> ?').run(b.instanceId, b.bookedAt, b.slot);
  prepare(
    `INSERT INTO meeting_bookings (slot, instance_id, booked_at, parties, confirmed) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (slot) DO UPDATE SET parties = COALESCE(excluded.parties, meeting_bookings.parties), confirmed = excluded.confirmed
     WHERE meeting_bookings.instance_id = excluded.instance_id`,
  ).run(b.slot, b.instanceId, b.bookedAt, b.parties ? JSON.stringify(b.parties) : null, b.confirmed === null ? null : Number(b.confirmed));
  const holder = prepare('SELECT instance_id FROM meeting_bookings WHERE slot = ?').get(b.slot) as { instance_id: string } | undefined;
  return holder?.instance_id === b.instanceId;
}

interface Row {
  slot: string;
  instance_id: string;
  booked_at: string;
  parties: string | null;
  confirmed: number | null;
  id: string | null;
  client_ref: string | null;
  state: string | null;
  variables: string | null;
}

/** Bookings with from <= slot < to, by slot, joined to their paths in the same query. */
export function listMeetingBookings(prepare: Prepare, from: string, to: string): MeetingBookingRow[] {
  const rows = prepare(
    `SELECT m.slot, m.instance_id, m.booked_at, m.parties, m.confirmed, i.id, i.client_ref, i.state, i.variables
     FROM meeting_bookings m LEFT JOIN instances i ON i.id = m.instance_id
     WHERE m.slot >= ? AND m.slot < ? ORDER BY m.slot`,
  ).all(from, to) as Row[];
  return rows.map((r) => ({
    slot: r.slot,
    instanceId: r.instance_id,
    bookedAt: r.booked_at,
    parties: r.parties ? (JSON.parse(r.parties) as MeetingParty[]) : [],
    confirmed: r.confirmed === null ? null : r.confirmed === 1,
    path:
      r.id === null
        ? null
        : {
            id: r.id,
            clientRef: r.client_ref,
            state: r.state as NonNullable<MeetingBookingRow['path']>['state'],
            variables: JSON.parse(r.variables ?? '{}') as Record<string, unknown>,
          },
  }));
}
