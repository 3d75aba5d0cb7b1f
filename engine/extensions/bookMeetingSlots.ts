/**
 * One client per team meeting (DOMAIN §4): a user task with the `bookSlot` property names the form
 * field holding the meeting's date-time; completing the task books that slot in the store before
 * the step commits. A slot that is not one (engine/meetings/slot.ts: odd-week Wednesday 13:00 Finnish
 * time, seven days ahead by the engine clock) is refused as invalid input naming the field, in
 * Finnish for the form. The store's unique index decides a race, so when another client holds the slot
 * the completion is refused (409) and the task stays open for another time. A retried step books
 * its own slot again harmlessly.
 */
import { conflict, invalidInput } from '../errors.js';
import { meetingSlotProblem, meetingSlotStart } from '../meetings/slot.js';
import type { MeetingParty, Store } from '../store/Store.js';
import type { StepContext } from '../runtime/StepContext.js';

/** Books the slots named by the tasks completed in this step; throws conflict when one is taken. */
export async function bookMeetingSlots(ctx: StepContext, store: Pick<Store, 'bookMeetingSlot'>): Promise<void> {
  for (const task of ctx.tasks.values()) {
    if (task.state !== 'completed' || task.instanceId !== ctx.instanceId) continue;
    const field = ctx.model.slotBookings.get(task.activityId);
    const value = field ? task.data?.[field] : undefined;
    if (typeof value !== 'string') continue;
    const spelled = new Date(value);
    if (Number.isNaN(spelled.getTime())) continue; // the form's date-time format refuses it before this
    // One slot, one key: however the instant is spelled, it is booked and kept as the slot's start.
    const at = meetingSlotStart(spelled);
    if (task.data && field) task.data[field] = at.toISOString();
    const problem = meetingSlotProblem(at, ctx.now());
    if (problem) throw invalidInput('Tiimin kokousaika ei kelpaa.', [{ path: `/${field}`, message: problem }]);
    const booked = await store.bookMeetingSlot({
      slot: at.toISOString(),
      instanceId: ctx.instanceId,
      bookedAt: ctx.now().toISOString(),
      parties: partiesOf(task.data?.invitedParties),
      confirmed: typeof task.data?.invitationsConfirmed === 'boolean' ? task.data.invitationsConfirmed : null,
    });
    if (!booked) throw conflict('the team meeting slot is already booked for another client');
  }
}

/** The parties ticked in the form (TTS §1) with their confirmations; names stay in the path. Null when the form has none. */
function partiesOf(invited: unknown): MeetingParty[] | null {
  if (!Array.isArray(invited)) return null;
  return invited
    .filter((p): p is { party: string; confirmed?: unknown } => typeof (p as { party?: unknown } | null)?.party === 'string')
    .map((p) => ({ party: p.party, confirmed: p.confirmed === true }));
}
