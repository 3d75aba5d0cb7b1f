/**
 * The forms a worker sees beside a task: the completed forms of the task's path and of the paths
 * that called it (the referral before a team process), each as far as the policy lets the caller
 * read that path (listPathForms decides and logs every read). A calling path the caller may not
 * read is left out, not an error.
 */
import { AppError } from '../errors.js';
import { listPathForms, type CompletedForm } from './pathForms.js';
import { visibleTask } from './tasks.js';
import type { Caller, UseCaseDeps } from './context.js';

/** How many calling paths up the chain are looked at. */
const MAX_CALLERS = 3;

/** The completed forms of one path. */
export interface PathFormsGroup {
  processInstanceId: string;
  processKey: string;
  /** False for the task's own path, true for a path that called it. */
  calling: boolean;
  items: CompletedForm[];
}

/** The task's own path first, then its callers outward; not_found when the caller may not see the task. */
export async function listEarlierForms(deps: UseCaseDeps, caller: Caller, taskId: string): Promise<{ paths: PathFormsGroup[] }> {
  const { task } = await visibleTask(deps, caller, taskId);
  const own = await listPathForms(deps, caller, task.processInstanceId);
  const paths: PathFormsGroup[] = [
    {
      processInstanceId: task.processInstanceId,
      processKey: task.processKey,
      calling: false,
      items: own.items.filter((f) => f.taskId !== taskId),
    },
  ];
  let parentId = (await deps.store.getInstance(task.processInstanceId))?.parentInstanceId ?? null;
  for (let depth = 0; parentId && depth < MAX_CALLERS; depth++) {
    const parent = await deps.store.getInstance(parentId);
    if (!parent) break;
    try {
      const forms = await listPathForms(deps, caller, parent.id);
      paths.push({ processInstanceId: parent.id, processKey: parent.processKey, calling: true, items: forms.items });
    } catch (err) {
      if (!(err instanceof AppError) || (err.code !== 'not_found' && err.code !== 'forbidden')) throw err;
    }
    parentId = parent.parentInstanceId;
  }
  return { paths };
}
