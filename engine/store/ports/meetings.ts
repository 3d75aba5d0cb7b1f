/** Team meeting slots: one client per slot. */
import type { InstanceRecord } from './steps.js';

/** A TTS §1 party invited to a team meeting and whether its representative confirmed. */
export interface MeetingParty {
  party: string;
  confirmed: boolean;
}

/** One client's booking of a team meeting (DOMAIN §4: one client per meeting); `slot` is the meeting's start, ISO UTC. */
export interface MeetingBookingRecord {
  slot: string;
  instanceId: string;
  bookedAt: string;
  /** The parties ticked for the meeting (no names); null on a booking leaves the ones stored. */
  parties: MeetingParty[] | null;
  /** Whether the invitations were confirmed; null until the invitation task answers. */
  confirmed: boolean | null;
}

/** A booking with what the policy decides on of its path (null when the path is gone), read with it in one query. */
export interface MeetingBookingRow extends MeetingBookingRecord {
  path: Pick<InstanceRecord, 'id' | 'clientRef' | 'state' | 'variables'> | null;
}

/** Team meeting slots: one client per slot. */
export interface MeetingStore {
  /** Books the meeting slot for the instance (or updates its parties and confirmation), dropping its own bookings of later slots; false when another instance holds the slot (a unique index decides). */
  bookMeetingSlot(b: MeetingBookingRecord): Promise<boolean>;
  /** The bookings of slots from `from` (inclusive) to `to` (exclusive), by slot, each with its path's pseudonym, state and variables. */
  listMeetingBookings(from: string, to: string): Promise<MeetingBookingRow[]>;
}
