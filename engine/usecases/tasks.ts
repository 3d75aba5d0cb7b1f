/**
 * A worker's tasks: only tasks of the caller's roles on paths they take part in exist for them
 * (others are not_found; the policy decides). Completion checks the data against the task's form
 * first, so a bad form changes nothing; its access-log row commits with it.
 */
import type { TaskView } from '../api.js';
import { AppError, conflict, notFound } from '../errors.js';
import {
  consentAllows,
  decidePath,
  logRead,
  note,
  refuseEngineOwned,
  revealInstance,
  visibleVariables,
  type PathDecision,
} from '../policy/index.js';
import { gatedFields, withoutGated } from '../policy/consent.js';
import { hasAnyRole, type Caller, type FormDefinition, type UseCaseDeps } from './context.js';
import { checkFormInput } from './forms.js';
import { checkUserChoices } from './userPickerFields.js';
import type { PublicInstance } from './instances.js';
import { fillFreedPlaces } from './ipsWaitingList.js';
import { IPS } from './ipsRules.js';

/** A task of the caller's roles on a path they take part in (the whole path, or this open task), or not_found. */
export async function visibleTask(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  change = false,
): Promise<{ task: TaskView; decision: PathDecision }> {
  const task = await deps.engine.getTask(id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  });
  if (!task || !hasAnyRole(caller, task.role)) throw notFound('task');
  // A change to a task of one's role that is already done is the contract's 409, not a read: nothing is shown.
  if (change && task.state !== 'open') throw conflict(`the task is ${task.state}`);
  const instance = await deps.store.getInstance(task.processInstanceId);
  const decision = instance ? await decidePath(deps, caller, instance) : null;
  const sees = decision?.sight === 'path' || (decision?.sight === 'task' && decision.tasks.some((t) => t.id === id));
  if (!decision || !sees) throw notFound('task');
  return { task, decision };
}

/**
 * The task with its form and data: the completed data, or the path's variables the form asks for
 * (none before a claim: `pathVisible` false says the path's data opens with the claim). Logged
 * before it is returned.
 */
export async function getTask(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
): Promise<TaskView & { form: FormDefinition | null; data: Record<string, unknown>; clientRef: string | null; pathVisible: boolean }> {
  const { task, decision } = await visibleTask(deps, caller, id);
  const form = task.formKey ? (deps.forms.getForm(task.formKey) ?? null) : null;
  const record = await deps.store.getTask(id);
  const instance = await deps.store.getInstance(task.processInstanceId);
  if (!record || !instance) throw notFound('task');
  let data: Record<string, unknown>;
  if (record.data) {
    // What the caller wrote is theirs to read; anyone else's shared data needs the client's consent.
    const own = record.completedBy === caller.id;
    data = own || (await consentAllows(deps, caller, instance)) ? record.data : withoutGated(record.data, gatedFields(deps.forms));
  } else {
    data = prefill(form, await visibleVariables(deps, caller, decision, instance));
  }
  await logRead(
    deps,
    caller,
    decision,
    { clientRef: instance.clientRef, instanceId: instance.id },
    `task ${task.activityId} with form ${task.formKey ?? '-'}`,
  );
  return { ...task, clientRef: instance.clientRef, form, data, pathVisible: decision.sight === 'path' };
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
  const { task, decision } = await visibleTask(deps, caller, id, true);
  return deps.engine.claimTask(id, caller, [note(caller, decision, 'claim', `task ${task.activityId} claimed`)]);
}

/** Releases the caller's claim. */
export async function unclaimTask(deps: UseCaseDeps, caller: Caller, id: string): Promise<TaskView> {
  const { task, decision } = await visibleTask(deps, caller, id, true);
  return deps.engine.unclaimTask(id, caller, [note(caller, decision, 'unclaim', `task ${task.activityId} released`)]);
}

/** Completes the task with form-checked data; 400 per failing field, 409 when done or stale; nothing changes on error. */
export async function completeTask(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  input: { data?: Record<string, unknown>; version?: number },
): Promise<{ task: TaskView; processInstance: PublicInstance }> {
  const { task, decision } = await visibleTask(deps, caller, id, true);
  if (input.version !== undefined && input.version !== task.version) throw conflict('the task has changed since it was read');
  const data = input.data ?? {};
  const form = task.formKey ? deps.forms.getForm(task.formKey) : undefined;
  refuseEngineOwned(data, '/data', Object.keys((form?.schema as { properties?: object } | undefined)?.properties ?? {}));
  if (task.formKey) checkFormInput(deps, task.formKey, data);
  await checkUserChoices(deps, form, data);
  const done = await deps.engine.completeTask(id, {
    data,
    version: input.version ?? task.version,
    actor: caller,
    audit: [note(caller, decision, 'complete', `task ${task.activityId} completed with form ${task.formKey ?? '-'}`)],
  });
  // An ended supported-employment path frees its coach's place: the first waiting client gets it.
  // The completion has committed, so a failure here leaves the place for the next fill, not an error.
  if (done.processInstance.processKey === IPS.processKey && done.processInstance.state === 'completed') {
    await fillFreedPlaces(deps).catch(() => undefined);
  }
  const { revision: _revision, ...instance } = done.processInstance;
  // The completer takes part while the path runs; once it has ended only its pseudonym comes back.
  const after = await decidePath(deps, caller, done.processInstance);
  const shown =
    after && after.sight !== 'pseudonym'
      ? await revealInstance(deps, caller, after, instance, 'process instance after a completion')
      : { ...instance, variables: {}, businessKey: null };
  return { task: done.task, processInstance: shown };
}
