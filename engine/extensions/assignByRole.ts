/**
 * Turns a waiting user task into a task row for its roles: `camunda:candidateGroups`, else the
 * lane's `role` property. The form key and the expected deadline come along. A task is created
 * once per activity execution, however often the instance is resumed.
 */
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { ActivityEventApi, StepContext } from '../runtime/StepContext.js';

export function assignByRole(listener: EventEmitter, ctx: StepContext): void {
  listener.on('activity.wait', (api: ActivityEventApi) => {
    if (api.type !== 'bpmn:UserTask') return;
    if (ctx.openTasks.has(api.executionId)) return;
    for (const t of ctx.tasks.values()) if (t.executionId === api.executionId) return;
    const info = ctx.model.userTasks.get(api.id);
    const task = {
      id: randomUUID(),
      instanceId: ctx.instanceId,
      processKey: ctx.processKey,
      activityId: api.id,
      executionId: api.executionId,
      name: info?.name ?? null,
      roles: info?.roles ?? [],
      formKey: info?.formKey ?? null,
      assignee: null,
      state: 'open' as const,
      createdAt: ctx.now().toISOString(),
      expectedBy: ctx.expectedBy.get(api.executionId) ?? null,
      completedAt: null,
      completedBy: null,
      data: null,
      version: 1,
    };
    ctx.tasks.set(task.id, task);
  });
}
