/**
 * A worker's tasks: only tasks of the caller's roles exist for them (others are not_found).
 * Completion checks the data against the task's form first, so a bad form changes nothing.
 */
import type { TaskView } from '../api.js';
import { AppError, conflict, notFound } from '../errors.js';
import { filterInstance, recordAccess } from './access.js';
import { hasAnyRole, type Caller, type FormDefinition, type UseCaseDeps } from './context.js';
import { checkFormInput } from './forms.js';
import type { PublicInstance } from './instances.js';

/** A task of the caller's roles, or not_found. */
export async function visibleTask(deps: UseCaseDeps, caller: Caller, id: string): Promise<TaskView> {
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
  if (task.formKey) checkFormInput(deps, task.formKey, data);
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
