/**
 * A worker's inbox ("Tehtävät"): the tasks of the caller's roles, filtered and ordered by the store
 * (expectedBy ascending, tasks without one last, then createdAt and id), and the counts per filter.
 */
import type { TaskState, TaskView } from '../api.js';
import { invalidInput } from '../errors.js';
import { taskView } from '../runtime/views.js';
import type { InboxCounts, InboxPosition, InboxTask } from '../store/Store.js';
import { now, type Caller, type UseCaseDeps } from './context.js';
import { pageSize, type Page } from './pagination.js';

/** The filters of a task list; `assignee` is relative to the caller. */
export interface TaskQuery {
  state?: TaskState;
  /** me: the caller's; unassigned: nobody's; any: everyone's; omitted: the caller's or nobody's (open tasks), everyone's (closed ones). */
  assignee?: 'me' | 'unassigned' | 'any';
  /** true: only open tasks whose expectedBy has passed. */
  late?: boolean;
  clientRef?: string;
  processKey?: string;
  processInstanceId?: string;
  limit?: number;
  cursor?: string;
}

/** A task in a list: the task, its path's pseudonym, and whether it is late now. */
export type ListedTask = TaskView & { clientRef: string | null; late: boolean };

/** Tasks of the caller's roles in inbox order, a page at a time. */
export async function listTasks(deps: UseCaseDeps, caller: Caller, query: TaskQuery): Promise<Page<ListedTask>> {
  const size = pageSize(query.limit);
  const at = now(deps).toISOString();
  const rows = await deps.store.listInbox({
    roles: caller.roles,
    state: query.state ?? 'open',
    ...assigneeFilter(caller, query.assignee, query.state ?? 'open'),
    lateAt: query.late ? at : undefined,
    clientRef: query.clientRef,
    processKey: query.processKey,
    instanceId: query.processInstanceId,
    limit: size + 1,
    after: decodePosition(query.cursor),
  });
  const items = rows.slice(0, size).map((row) => listed(row, at));
  return { items, nextCursor: rows.length > size ? encodePosition(rows[size - 1]!) : null };
}

/** Open tasks of the caller's roles per inbox filter: mine, unassigned, all, late (of all). */
export async function countTasks(
  deps: UseCaseDeps,
  caller: Caller,
  query: { processKey?: string; clientRef?: string },
): Promise<InboxCounts> {
  return deps.store.countInbox({
    roles: caller.roles,
    userId: caller.id,
    now: now(deps).toISOString(),
    processKey: query.processKey,
    clientRef: query.clientRef,
  });
}

function assigneeFilter(
  caller: Caller,
  assignee: TaskQuery['assignee'],
  state: TaskState,
): { assignee?: string | null; orUnassigned?: boolean } {
  if (assignee === 'me') return { assignee: caller.id };
  if (assignee === 'unassigned') return { assignee: null };
  // Closed tasks carry who completed them as assignee; by default they all show, as before.
  if (assignee === 'any' || state !== 'open') return {};
  return { assignee: caller.id, orUnassigned: true };
}

/** True for an open task whose expectedBy is before `at`. */
export function isLate(task: { state: TaskState; expectedBy: string | null }, at: string): boolean {
  return task.state === 'open' && task.expectedBy !== null && task.expectedBy < at;
}

function listed(row: InboxTask, at: string): ListedTask {
  return { ...taskView(row), clientRef: row.clientRef, late: isLate(row, at) };
}

/** Opaque cursor of a task's place in the inbox order. */
function encodePosition(task: InboxPosition): string {
  return Buffer.from(JSON.stringify([task.expectedBy, task.createdAt, task.id]), 'utf8').toString('base64url');
}

function decodePosition(cursor: string | undefined): InboxPosition | null {
  if (!cursor) return null;
  try {
    const [expectedBy, createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if ((expectedBy === null || typeof expectedBy === 'string') && typeof createdAt === 'string' && typeof id === 'string') {
      return { expectedBy, createdAt, id };
    }
  } catch {
    /* fall through */
  }
  throw invalidInput('the cursor is not valid', [{ path: '/cursor', message: 'invalid cursor' }]);
}
