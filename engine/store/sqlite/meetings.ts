/** Team meeting bookings in the SQLite store: the slot is the primary key, so a slot has one client. */
import type Database from 'better-sqlite3';
import type { MeetingBookingRecord } from '../Store.js';

type Prepare = (sql: string) => Database.Statement;

/**
 * Books the slot for the instance; true when it holds the slot afterwards. Run inside one
 * transaction: the instance's own later bookings go (a rebooking replaces them), then the insert
 * either takes the free slot, keeps the instance's own, or meets another instance's row.
 */
export function bookMeetingSlot(prepare: Prepare, b: MeetingBookingRecord): boolean {
  prepare('DELETE FROM meeting_bookings WHERE instance_id = ? AND slot >= ? AND slot <> ?').run(b.instanceId, b.bookedAt, b.slot);
  prepare('INSERT INTO meeting_bookings (slot, instance_id, booked_at) VALUES (?, ?, ?) ON CONFLICT (slot) DO NOTHING').run(
    b.slot,
    b.instanceId,
    b.bookedAt,
  );
  const holder = prepare('SELECT instance_id FROM meeting_bookings WHERE slot = ?').get(b.slot) as { instance_id: string } | undefined;
  return holder?.instance_id === b.instanceId;
}

/** Bookings with from <= slot < to, by slot. */
export function listMeetingBookings(prepare: Prepare, from: string, to: string): MeetingBookingRecord[] {
  const rows = prepare('SELECT slot, instance_id, booked_at FROM meeting_bookings WHERE slot >= ? AND slot < ? ORDER BY slot').all(
    from,
    to,
  ) as {
    slot: string;
    instance_id: string;
    booked_at: string;
  }[];
  return rows.map((r) => ({ slot: r.slot, instanceId: r.instance_id, bookedAt: r.booked_at }));
}
