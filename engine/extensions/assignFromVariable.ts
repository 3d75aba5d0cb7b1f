/**
 * Assigns a new user task to a named person instead of leaving it to a role: `camunda:assignee`
 * holds a username or a FEEL expression over the instance variables (`=responsiblePerson.username`:
 * the responsible person named in the team meeting, TTS §12; `=startedBy`: the worker who started it). The name is resolved to an enabled
 * user; that user's roles join the task's, so the person finds it in their inbox and may open it
 * whatever their own role. When nothing resolves (no one named yet, unknown or disabled user) the
 * task stays with its roles, so a path never stops for want of a name.
 */
import type { UserRecord } from '../store/Store.js';
import { evaluateFeel, isFeel } from '../runtime/feel.js';
import type { StepContext } from '../runtime/StepContext.js';

/** Looks a user up by username (or by id, for `=startedBy`). */
export type FindUser = (username: string) => Promise<UserRecord | null>;

/** The username the assignee text names against the variables, or null. */
function usernameOf(assignee: string, variables: Record<string, unknown>): string | null {
  let value: unknown = assignee;
  if (isFeel(assignee)) {
    try {
      value = evaluateFeel(assignee, variables);
    } catch {
      return null; // a model error shows in the lint; at run time the roles still hold the task
    }
  }
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Resolves the assignee of every task created in this step; called once before the step commits. */
export async function assignFromVariable(ctx: StepContext, variables: Record<string, unknown>, findUser: FindUser): Promise<void> {
  for (const [id, task] of ctx.tasks) {
    if (task.version !== 1 || task.state !== 'open' || task.assignee) continue;
    const expression = ctx.model.userTasks.get(task.activityId)?.assignee;
    if (!expression) continue;
    const username = usernameOf(expression, variables);
    const user = username ? await findUser(username) : null;
    if (!user || user.disabled) continue;
    ctx.tasks.set(id, { ...task, assignee: user.id, roles: [...new Set([...task.roles, ...user.roles])] });
  }
}
