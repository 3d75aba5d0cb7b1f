/**
 * Keeps the history of every activity an instance runs: a row opens when the activity starts and
 * closes when it ends (by whom, for user tasks) or is left unfinished. A row left without ending
 * was cancelled, not done: it records what cancelled it (the interrupting boundary event that
 * fired, else `interrupted`). Boundary events are recorded only when they fire, not while they
 * merely listen.
 */
import type { EventEmitter } from 'node:events';
import type { ActivityEventApi, StepContext } from '../runtime/StepContext.js';

export function history(listener: EventEmitter, ctx: StepContext): void {
  // A resumed boundary event reports its event definition's type; the model knows the node's.
  const typeOf = (api: ActivityEventApi) => ctx.model.nodes.get(api.id)?.type ?? api.type;
  const open = (api: ActivityEventApi) => {
    if (ctx.findHistory(api.executionId)) return;
    const node = ctx.model.nodes.get(api.id);
    ctx.history.set(api.executionId, {
      instanceId: ctx.instanceId,
      executionId: api.executionId,
      activityId: api.id,
      name: node?.name ?? api.name ?? null,
      type: typeOf(api),
      startedAt: ctx.now().toISOString(),
      endedAt: null,
      expectedBy: ctx.expectedBy.get(api.executionId) ?? null,
      by: null,
      stalledReason: ctx.stalledReasons.get(api.executionId) ?? null,
      milestone: ctx.model.milestones.get(api.id) ?? null,
    });
  };
  /** The interrupting boundary event of this activity that fired in this step, if one did. */
  const interrupter = (activityId: string) =>
    [...ctx.firedBoundaries].reverse().find((b) => ctx.model.attachedTo.get(b) === activityId) ?? null;
  const close = (api: ActivityEventApi, completed: boolean) => {
    const row = ctx.findHistory(api.executionId);
    if (!row || row.endedAt) return;
    const by = completed && typeOf(api) === 'bpmn:UserTask' ? ctx.actor : null;
    const cancelledBy = completed ? null : (interrupter(api.id) ?? ctx.firedBoundaries.at(-1) ?? 'interrupted');
    ctx.history.set(api.executionId, { ...row, endedAt: ctx.now().toISOString(), by, ...(cancelledBy ? { cancelledBy } : {}) });
  };
  /** A boundary event that fired: what it interrupted (left earlier in the step, its host and the host's inner steps) was cancelled by it. */
  const fired = (api: ActivityEventApi) => {
    ctx.firedBoundaries.push(api.id);
    for (const [executionId, row] of ctx.history) {
      if (row.cancelledBy === 'interrupted') ctx.history.set(executionId, { ...row, cancelledBy: api.id });
    }
  };

  listener.on('activity.start', (api: ActivityEventApi) => {
    if (typeOf(api) !== 'bpmn:BoundaryEvent') open(api);
  });
  listener.on('activity.end', (api: ActivityEventApi) => {
    if (typeOf(api) === 'bpmn:BoundaryEvent') {
      open(api);
      fired(api);
    }
    close(api, true);
  });
  listener.on('activity.leave', (api: ActivityEventApi) => close(api, false));
}
