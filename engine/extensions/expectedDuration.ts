/** Reads `expectedDuration` (camunda:property) and records when each started activity is expected to be done. */
import { ISODuration } from '@0dep/piso';
import type { EventEmitter } from 'node:events';
import type { ActivityEventApi, StepContext } from '../runtime/StepContext.js';

/** The deadline of an activity that started at `startedAt` and is expected to take `duration`. */
export function expectedByOf(duration: string | undefined, startedAt: Date): string | null {
  if (!duration) return null;
  return new ISODuration(duration).parse().getExpireAt(startedAt).toISOString();
}

export function expectedDuration(listener: EventEmitter, ctx: StepContext): void {
  listener.on('activity.start', (api: ActivityEventApi) => {
    const due = expectedByOf(ctx.model.expectedDurations.get(api.id), ctx.now());
    if (due) ctx.expectedBy.set(api.executionId, due);
  });
}
