/**
 * Who reads the coming team meetings and how much of each booking they see (DOMAIN §4). The team's
 * workers see every slot, free or taken, with the booked client's pseudonym, the parties ticked
 * for the meeting (no names) and whether the invitations are confirmed: what they need to plan
 * their attendance. A link to the path comes only to those who take part in it (the path
 * decision). Every booking shown is written to the access log, in one append for the page.
 */
import { AppError } from '../errors.js';
import { MEETING_ROLES } from '../roles.js';
import type { MeetingBookingRow } from '../store/Store.js';
import { hasAnyRole, now, type Caller, type UseCaseDeps } from '../usecases/context.js';
import { decidePathWith, participation } from './participation.js';

/** A booking as the caller may see it. */
export interface VisibleBooking {
  clientRef: string | null;
  /** The path to open, only when the caller takes part in it; else null. */
  instanceId: string | null;
  confirmed: boolean | null;
  parties: { party: string; confirmed: boolean }[];
  bookedAt: string;
}

/** forbidden unless the caller holds a role of the team meetings. */
export function requireMeetingReader(caller: Caller): void {
  if (!hasAnyRole(caller, MEETING_ROLES)) throw new AppError('forbidden', 'the team meetings are for the team’s workers');
}

/** The bookings as the caller may see them, by slot; logged (one append) before they are returned. */
export async function revealBookings(deps: UseCaseDeps, caller: Caller, rows: MeetingBookingRow[]): Promise<Map<string, VisibleBooking>> {
  const tasksOf = await participation(deps, caller);
  const role = caller.roles.find((r) => (MEETING_ROLES as readonly string[]).includes(r)) ?? null;
  const at = now(deps).toISOString();
  const shown = new Map<string, VisibleBooking>();
  const audit = [];
  for (const row of rows) {
    const decision = row.path ? await decidePathWith(caller, row.path, () => tasksOf(row.instanceId)) : null;
    const takesPart = decision?.sight === 'path' || decision?.sight === 'task';
    const clientRef = row.path?.clientRef ?? null;
    shown.set(row.slot, {
      clientRef,
      instanceId: takesPart ? row.instanceId : null,
      confirmed: row.confirmed,
      parties: row.parties ?? [],
      bookedAt: row.bookedAt,
    });
    audit.push({
      at,
      actor: caller.id,
      action: 'list',
      clientRef,
      instanceId: row.instanceId,
      detail: 'team meeting booking',
      role: takesPart ? decision.role : role,
      why: takesPart ? decision.why : 'team meetings',
    });
  }
  if (audit.length) await deps.store.appendAudit(audit);
  return shown;
}
