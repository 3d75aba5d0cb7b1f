/**
 * Choosing a worker in a form (the responsible person of TTS §12, the job coach of a referral):
 * the worker with the task open gets the active users of the roles its form's picker offers,
 * username and display name only.
 */
import { AppError } from '../errors.js';
import type { Caller, UseCaseDeps } from './context.js';
import { visibleTask } from './tasks.js';
import { pickerFields } from './userPickerFields.js';
import { isActiveWith } from '../roles.js';

/** A user as the picker shows them. */
export interface UserChoice {
  username: string;
  displayName: string;
}

/** The active users of `roles` for the open task's picker; forbidden when the task's form offers no picker of those roles. */
export async function listUserChoices(
  deps: UseCaseDeps,
  caller: Caller,
  query: { taskId: string; roles: string[] },
): Promise<{ items: UserChoice[] }> {
  // The policy decides: only a worker who may complete this open task (its role, on a path they take part in).
  const { task } = await visibleTask(deps, caller, query.taskId, true);
  const offered = new Set(pickerFields(task.formKey ? deps.forms.getForm(task.formKey) : null).flatMap((f) => f.roles));
  if (!query.roles.length || query.roles.some((r) => !offered.has(r)))
    throw new AppError('forbidden', 'the task’s form offers no choice of users of these roles');
  const users = (await deps.store.listUsers()).filter((u) => isActiveWith(u, query.roles));
  return {
    items: users
      .map((u) => ({ username: u.username, displayName: u.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fi')),
  };
}
