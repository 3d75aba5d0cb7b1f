/**
 * One client per team meeting (DOMAIN §4): a user task with the `bookSlot` property names the form
 * field holding the meeting's date-time; completing the task books that slot in the store before
 * the step commits. The store's unique index decides a race, so when another client holds the slot
 * the completion is refused (409) and the task stays open for another time. A retried step books
 * its own slot again harmlessly.
 */
import { conflict } from '../errors.js';
import type { Store } from '../store/Store.js';
import type { StepContext } from '../runtime/StepContext.js';

/** Books the slots named by the tasks completed in this step; throws conflict when one is taken. */
export async function bookMeetingSlots(ctx: StepContext, store: Pick<Store, 'bookMeetingSlot'>): Promise<void> {
  for (const task of ctx.tasks.values()) {
    if (task.state !== 'completed' || task.instanceId !== ctx.instanceId) continue;
    const field = ctx.model.slotBookings.get(task.activityId);
    const value = field ? task.data?.[field] : undefined;
    if (typeof value !== 'string') continue;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) continue; // the form's date-time format refuses it before this
    const booked = await store.bookMeetingSlot({ slot: at.toISOString(), instanceId: ctx.instanceId, bookedAt: ctx.now().toISOString() });
    if (!booked) throw conflict('the team meeting slot is already booked for another client');
  }
}
