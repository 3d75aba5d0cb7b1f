/**
 * A worker's tasks: only tasks of the caller's roles exist for them (others are not_found).
 * Completion checks the data against the task's form first, so a bad form changes nothing.
 */
import type { TaskState, TaskView } from '../api.js';
import { AppError, conflict, invalidInput, notFound } from '../errors.js';
import { encodeCursor } from '../index.js';
import { filterInstance, recordAccess } from './access.js';
import { hasAnyRole, type Caller, type FormDefinition, type UseCaseDeps } from './context.js';
import type { PublicInstance } from './instances.js';
import { pageSize, type Page } from './pagination.js';

/** A task as the API lists it. */

/** The filters of a task list; `assignee` is relative to the caller. */
export interface TaskQuery {
  state?: TaskState;
  assignee?: 'me' | 'unassigned';
  processKey?: string;
  processInstanceId?: string;
  limit?: number;
  cursor?: string;
}

/** Tasks of the caller's roles; without `assignee`, those that are the caller's or nobody's. Oldest first. */
export async function listTasks(deps: UseCaseDeps, caller: Caller, query: TaskQuery): Promise<Page<TaskView>> {
  const size = pageSize(query.limit);
  const assignee = query.assignee === 'me' ? caller.id : query.assignee === 'unassigned' ? null : undefined;
  const items: TaskView[] = [];
  let cursor: string | null = query.cursor ?? null;
  // Without an assignee filter the store cannot say "mine or nobody's": read pages and skip others' tasks.
  for (;;) {
    const batch = await deps.engine.listTasks({
      state: query.state ?? 'open',
      roles: caller.roles,
      assignee,
      processKey: query.processKey,
      processInstanceId: query.processInstanceId,
      limit: size + 1,
      cursor,
    });
    for (const task of batch.slice(0, size)) {
      if (assignee === undefined && task.assignee && task.assignee !== caller.id && task.state === 'open') continue;
      if (items.length === size) return { items, nextCursor: encodeCursor(items[items.length - 1]!) };
      items.push(task);
    }
    if (batch.length <= size) return { items, nextCursor: null };
    cursor = encodeCursor(batch[size - 1]!);
  }
}

/** A task of the caller's roles, or not_found. */
async function visibleTask(deps: UseCaseDeps, caller: Caller, id: string): Promise<TaskView> {
  const task = await deps.engine.getTask(id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  });
  if (!task || !hasAnyRole(caller, task.role)) throw notFound('task');
  return task;
}

/** The task with its form and data: the completed data, or the path's variables the form asks for. Logged. */
export async function getTask(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
): Promise<TaskView & { form: FormDefinition | null; data: Record<string, unknown> }> {
  const task = await visibleTask(deps, caller, id);
  const form = task.formKey ? (deps.forms.getForm(task.formKey) ?? null) : null;
  const record = await deps.store.getTask(id);
  let data = record?.data ?? null;
  const instance = await deps.engine.getInstance(task.processInstanceId);
  if (!data) data = prefill(form, instance.variables);
  await recordAccess(deps, caller, {
    action: 'read',
    clientRef: instance.clientRef,
    instanceId: instance.id,
    detail: `task ${task.activityId} with form ${task.formKey ?? '-'}`,
  });
  return { ...task, form, data };
}

/** The instance variables named by the form schema's top-level properties. */
function prefill(form: FormDefinition | null, variables: Record<string, unknown>): Record<string, unknown> {
  const properties = (form?.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!properties) return {};
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) if (Object.hasOwn(variables, key)) data[key] = variables[key];
  return data;
}

/** Assigns the task to the caller; conflict when someone else holds it. */
export async function claimTask(deps: UseCaseDeps, caller: Caller, id: string): Promise<TaskView> {
  await visibleTask(deps, caller, id);
  return deps.engine.claimTask(id, caller);
}

/** Releases the caller's claim. */
export async function unclaimTask(deps: UseCaseDeps, caller: Caller, id: string): Promise<TaskView> {
  await visibleTask(deps, caller, id);
  return deps.engine.unclaimTask(id, caller);
}

/** Completes the task with form-checked data; 400 per failing field, 409 when done or stale; nothing changes on error. */
export async function completeTask(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  input: { data?: Record<string, unknown>; version?: number },
): Promise<{ task: TaskView; processInstance: PublicInstance }> {
  const task = await visibleTask(deps, caller, id);
  if (task.state !== 'open') throw conflict(`the task is ${task.state}`);
  if (input.version !== undefined && input.version !== task.version) throw conflict('the task has changed since it was read');
  const data = input.data ?? {};
  if (task.formKey) {
    if (!deps.forms.getForm(task.formKey)) throw new AppError('internal', `form ${task.formKey} is missing`);
    const problems = deps.forms.checkFormData(task.formKey, data, 'fi');
    if (problems.length) throw invalidInput('Lomakkeen tiedoissa on korjattavaa.', problems);
  }
  const done = await deps.engine.completeTask(id, { data, version: input.version ?? task.version, actor: caller });
  await recordAccess(deps, caller, {
    action: 'complete',
    clientRef: done.processInstance.clientRef,
    instanceId: done.processInstance.id,
    detail: `task ${task.activityId} completed with form ${task.formKey ?? '-'}`,
  });
  const { revision: _revision, ...instance } = filterInstance(done.processInstance, 'worker');
  return { task: done.task, processInstance: instance };
}
