/** The coming team meetings: server state over GET /api/meetings. */
import { query } from '../../lib/api';
import { useGet } from '../../lib/useApi';

export interface MeetingParty {
  party: string;
  confirmed: boolean;
}

export interface MeetingBooking {
  clientRef: string | null;
  /** The path to open; only for those taking part in it. */
  instanceId: string | null;
  confirmed: boolean | null;
  parties: MeetingParty[];
  bookedAt: string;
}

export interface MeetingSlot {
  slot: string;
  confirmBy: string;
  bookable: boolean;
  late: boolean;
  booking: MeetingBooking | null;
}

export interface MeetingList {
  from: string;
  to: string;
  items: MeetingSlot[];
}

/** The slots from now to `weeks` weeks after `since` (ms), reloaded every minute. */
export function useMeetings(since: number, weeks: number) {
  const path = `/api/meetings${query({ to: new Date(since + weeks * 7 * 864e5).toISOString().slice(0, 10) })}`;
  return useGet<MeetingList>(path, { pollMs: 60_000 });
}
