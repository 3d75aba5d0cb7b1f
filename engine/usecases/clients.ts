/**
 * One client across processes: the timeline (every path and task under the client's pseudonym)
 * for those who work on one of the paths or are the responsible person, and the access log for
 * the responsible person and auditors. Both reads are themselves logged.
 */
import type { TaskView } from '../api.js';
import { logRead, requireAccessLogReader, requireClient, responsibleOf } from '../policy/index.js';
import type { AuditRecord } from '../store/Store.js';
import type { Caller, UseCaseDeps } from './context.js';

export interface TimelinePath {
  id: string;
  processKey: string;
  version: number;
  state: string;
  startedAt: string;
  endedAt: string | null;
  responsiblePerson: string | null;
  /** The path that called this one (a team process's referral), or null. */
  parentInstanceId: string | null;
}

export interface Timeline {
  clientRef: string;
  paths: TimelinePath[];
  tasks: Pick<
    TaskView,
    'id' | 'name' | 'activityId' | 'processInstanceId' | 'processKey' | 'role' | 'assignee' | 'createdAt' | 'completedAt' | 'state'
  >[];
  /** The TTS PDF of each path whose team part is filled. */
  documents: { processInstanceId: string; href: string }[];
}

/** Every path and task of the client; not_found unless the caller works on one of them or is responsible. */
export async function clientTimeline(deps: UseCaseDeps, caller: Caller, clientRef: string): Promise<Timeline> {
  const { instances, decision } = await requireClient(deps, caller, clientRef);
  const tasks = (await Promise.all(instances.map((i) => deps.engine.listTasks({ processInstanceId: i.id, limit: 200 })))).flat();
  await logRead(deps, caller, decision, { clientRef, instanceId: null }, 'client timeline');
  return {
    clientRef,
    paths: instances.map((i) => ({
      id: i.id,
      processKey: i.processKey,
      version: i.version,
      state: i.state,
      startedAt: i.startedAt,
      endedAt: i.endedAt,
      responsiblePerson: responsibleOf(i.variables)?.name ?? null,
      parentInstanceId: i.parentInstanceId,
    })),
    tasks: tasks
      .map(({ id, name, activityId, processInstanceId, processKey, role, assignee, createdAt, completedAt, state }) => ({
        id,
        name,
        activityId,
        processInstanceId,
        processKey,
        role,
        assignee,
        createdAt,
        completedAt,
        state,
      }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    documents: tasks
      .filter((t) => t.formKey === 'tts-team' && t.state === 'completed')
      .map((t) => ({ processInstanceId: t.processInstanceId, href: `/api/process-instances/${t.processInstanceId}/documents/tts.pdf` })),
  };
}

/** Who read or changed the client's data and when; for the responsible person and auditors, else not_found. */
export async function clientAccessLog(
  deps: UseCaseDeps,
  caller: Caller,
  clientRef: string,
): Promise<{ items: (AuditRecord & { actorName: string | null })[]; nextCursor: null }> {
  const decision = await requireAccessLogReader(deps, caller, clientRef);
  // Logged first: the reader sees their own read in the log they get.
  await logRead(deps, caller, decision, { clientRef, instanceId: null }, 'access log');
  const log = await deps.store.listAudit(clientRef);
  // Who, by name: one query for every actor of the log.
  const names = await deps.store.listDisplayNames([...new Set(log.map((a) => a.actor))]);
  return { items: log.map((a) => ({ ...a, actorName: names.get(a.actor) ?? null })), nextCursor: null };
}
