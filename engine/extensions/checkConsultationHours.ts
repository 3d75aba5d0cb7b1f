/**
 * The consultation hour's booking (DOMAIN §5): a user task with the `consultationHourField`
 * property names the form field holding the hour's date; completing the task with a date that
 * is not a coming consultation hour (engine/meetings/consultationHour.ts: a Thursday, booked by
 * 12:00 Finnish time the day before, by the engine clock) is refused as invalid input naming the
 * field, in Finnish for the form, and the task stays open. The date is kept as the calendar date
 * (a date-time's time dropped). No date: the next hour, as the form says.
 */
import { invalidInput } from '../errors.js';
import { consultationDateOf, consultationHourProblem } from '../meetings/consultationHour.js';
import type { StepContext } from '../runtime/StepContext.js';

/** Throws invalid_input when a task completed in this step names a date that is no coming consultation hour. */
export function checkConsultationHours(ctx: StepContext): void {
  for (const task of ctx.tasks.values()) {
    if (task.state !== 'completed' || task.instanceId !== ctx.instanceId) continue;
    const field = ctx.model.consultationHours.get(task.activityId);
    const value = field ? task.data?.[field] : undefined;
    if (!field || value === undefined || value === null || value === '') continue;
    const problem = consultationHourProblem(value, ctx.now());
    if (problem) throw invalidInput('Konsultaatiotunnin päivä ei kelpaa.', [{ path: `/${field}`, message: problem }]);
    if (task.data) task.data[field] = consultationDateOf(value);
  }
}
