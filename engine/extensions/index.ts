/**
 * The engine's behaviours, each hooked on the activity events of one run. Order matters only in
 * that expected deadlines are known before history rows and tasks are written.
 */
import type { EventEmitter } from 'node:events';
import type { StepContext } from '../runtime/StepContext.js';
import { expectedDuration } from './expectedDuration.js';
import { history } from './history.js';
import { assignByRole } from './assignByRole.js';
import { stalledRules } from './stalledRules.js';

/** A behaviour on one run: its listener, the step's context and the run's instance variables (engine-owned ones may be set). */
export type Extension = (listener: EventEmitter, ctx: StepContext, variables: Record<string, unknown>) => void;

export const extensions: Extension[] = [expectedDuration, stalledRules, history, assignByRole];

/** Hooks every extension on a run's listener. */
export function attachExtensions(listener: EventEmitter, ctx: StepContext, variables: Record<string, unknown>): void {
  for (const extension of extensions) extension(listener, ctx, variables);
}

export { refuseScripts } from './refuseScripts.js';
export { assignFromVariable } from './assignFromVariable.js';
export { bookMeetingSlots } from './bookMeetingSlots.js';
export { checkConsultationHours } from './checkConsultationHours.js';
export { caseloadsOf, takeCaseloadPlaces } from './caseload.js';
