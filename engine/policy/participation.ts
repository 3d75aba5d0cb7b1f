/**
 * Taking part in a client path (client-data act 703/2023): a worker sees a path while taking part
 * in it, and only as much as the part needs. Decided from a handful of indexed store reads of the
 * one instance, never by loading every task of every path.
 */
import type { TaskRecord } from '../store/Store.js';
import { hasAnyRole, type Caller, type UseCaseDeps } from '../usecases/context.js';
import { clientWithdrewFrom } from './clientAccess.js';
import type { PathFacts } from './facts.js';

/**
 * How much of a path the caller sees: all of it (taking part: a claim, a completion, the start, the
 * responsibility), what deciding on a claim needs (`task`: the open task's form, the pseudonym,
 * process, step and due date, never the path's data), or its pseudonym only.
 */
export type Sight = 'path' | 'task' | 'pseudonym';

export interface PathDecision {
  sight: Sight;
  /** The caller's part, for the access log's "why" (never client data). */
  why: string;
  /** The role the caller acts in, or null. */
  role: string | null;
  /** With sight `task`: the open tasks of the caller's roles, the ones they may look at and claim. */
  tasks: TaskRecord[];
}

/** Roles that oversee paths without working on them: figures and pseudonyms, never client data. */
export const OVERSIGHT = ['manager', 'process-owner', 'auditor', 'operations'] as const;

export type { PathFacts };

/** The responsible person written into a path (TTS section 12: `{title, name, …}`, or a plain user id / username). */
export function responsibleOf(variables: Record<string, unknown>): { name: string; username: string | null } | null {
  const value = variables.responsiblePerson;
  if (typeof value === 'string' && value) return { name: value, username: value };
  if (value && typeof value === 'object') {
    const { name, username } = value as { name?: unknown; username?: unknown };
    if (typeof name === 'string' && name) return { name, username: typeof username === 'string' ? username : null };
  }
  return null;
}

/**
 * True when the caller is named the path's responsible person: by account (username or id) only,
 * never by a display name anyone could share, and only while they hold a worker role (an owner or
 * an auditor named by a diagram or a typo is no responsible person).
 */
export function isResponsible(caller: Caller, variables: Record<string, unknown>): boolean {
  const r = responsibleOf(variables);
  if (!r?.username || !workerRoles(caller).length) return false;
  return r.username === caller.username || r.username === caller.id;
}

/** Roles that never work on a path: oversight, account management, and the client's own. */
const NOT_WORKING = [...OVERSIGHT, 'admin', 'client'];

/** The caller's roles that work on paths (not oversight roles). */
function workerRoles(caller: Caller): string[] {
  return caller.roles.filter((r) => !NOT_WORKING.includes(r));
}

/** The first of the caller's roles a task names, or the caller's first worker role. */
function roleFor(caller: Caller, task?: TaskRecord): string | null {
  return (task && caller.roles.find((r) => task.roles.includes(r))) ?? workerRoles(caller)[0] ?? null;
}

/** The caller's tasks on one path: one they claimed or completed, and open ones of their roles. */
export interface TaskFacts {
  mine: TaskRecord | undefined;
  open: TaskRecord[];
}

/**
 * How the caller may see the path, or null (then the answer is 404). The responsible person keeps
 * the path; the starter, a claimer or a completer see it while it runs; a holder of the role of an
 * open task sees that task (not the path's data) until they claim it; oversight roles see the pseudonym.
 * `facts` loads the caller's tasks on the path only when the variables did not decide already.
 */
export async function decidePathWith(caller: Caller, instance: PathFacts, facts: () => Promise<TaskFacts>): Promise<PathDecision | null> {
  if (isResponsible(caller, instance.variables)) return { sight: 'path', why: 'responsible person', role: roleFor(caller), tasks: [] };
  const running = instance.state === 'running' || instance.state === 'failed';
  if (running && workerRoles(caller).length) {
    if (instance.variables.startedBy === caller.id) return { sight: 'path', why: 'started the path', role: roleFor(caller), tasks: [] };
    const { mine, open } = await facts();
    if (mine) {
      const part = mine.state === 'open' ? 'claimed' : mine.state;
      return { sight: 'path', why: `${part} task ${mine.activityId}`, role: roleFor(caller, mine), tasks: [] };
    }
    if (open.length)
      return { sight: 'task', why: `open task ${open.map((t) => t.activityId).join(', ')}`, role: roleFor(caller, open[0]), tasks: open };
  }
  if (hasAnyRole(caller, OVERSIGHT))
    return {
      sight: 'pseudonym',
      why: 'oversight',
      role: caller.roles.find((r) => (OVERSIGHT as readonly string[]).includes(r)) ?? null,
      tasks: [],
    };
  return null;
}

/** The decision for one path, from two indexed task queries of that instance at most. */
export async function decidePath(deps: UseCaseDeps, caller: Caller, instance: PathFacts): Promise<PathDecision | null> {
  // The client's own withdrawal of consent closes the path to that party (engine/policy/clientAccess.ts).
  if (await clientWithdrewFrom(deps, caller, instance)) return null;
  return decidePathWith(caller, instance, async () => {
    // Completing a task assigns it to the completer, so one query finds claims and completions alike.
    const [mine] = await deps.store.listTasks({ instanceId: instance.id, assignee: caller.id, limit: 1 });
    const open = mine ? [] : await deps.store.listTasks({ instanceId: instance.id, state: 'open', roles: workerRoles(caller), limit: 50 });
    return { mine, open };
  });
}

/**
 * The caller's tasks across all paths, from two store queries, for deciding a whole list at once
 * (instead of two queries per listed path).
 */
export async function participation(deps: UseCaseDeps, caller: Caller): Promise<(instanceId: string) => Promise<TaskFacts>> {
  const roles = workerRoles(caller);
  if (!roles.length) return async () => ({ mine: undefined, open: [] });
  const [mine, open] = await Promise.all([
    deps.store.listTasks({ assignee: caller.id, limit: 100_000 }),
    deps.store.listTasks({ state: 'open', roles, limit: 100_000 }),
  ]);
  const mineBy = new Map(mine.map((t) => [t.instanceId, t]));
  const openBy = new Map<string, TaskRecord[]>();
  for (const t of open) openBy.set(t.instanceId, [...(openBy.get(t.instanceId) ?? []), t]);
  return async (instanceId) => ({ mine: mineBy.get(instanceId), open: openBy.get(instanceId) ?? [] });
}
