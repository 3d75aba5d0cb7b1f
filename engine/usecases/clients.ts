/**
 * One client across processes: the timeline (every path and task under the client's pseudonym)
 * for those who work on one of the paths or are the responsible person, and the access log for
 * the responsible person and auditors. Both reads are themselves logged.
 */
import type { TaskView } from '../api.js';
import { notFound } from '../errors.js';
import type { AuditRecord, InstanceRecord } from '../store/Store.js';
import { accessTo, recordAccess } from './access.js';
import { hasAnyRole, type Caller, type UseCaseDeps } from './context.js';

export interface TimelinePath {
  id: string;
  processKey: string;
  version: number;
  state: string;
  startedAt: string;
  endedAt: string | null;
  responsiblePerson: string | null;
}

export interface Timeline {
  clientRef: string;
  paths: TimelinePath[];
  tasks: Pick<TaskView, 'id' | 'name' | 'activityId' | 'processInstanceId' | 'processKey' | 'role' | 'assignee' | 'createdAt' | 'completedAt' | 'state'>[];
  /** The TTS PDF of each path whose team part is filled. */
  documents: { processInstanceId: string; href: string }[];
}

/** The responsible person written into a path (TTS section 12: `{title, name, …}`, or a plain user id / username). */
function responsibleOf(instance: InstanceRecord): { name: string; username: string | null } | null {
  const value = instance.variables.responsiblePerson;
  if (typeof value === 'string' && value) return { name: value, username: value };
  if (value && typeof value === 'object') {
    const { name, username } = value as { name?: unknown; username?: unknown };
    if (typeof name === 'string' && name) return { name, username: typeof username === 'string' ? username : null };
  }
  return null;
}

/** True when the caller is named responsible: by username or id when given, else by display name. */
function isResponsible(caller: Caller, instances: InstanceRecord[]): boolean {
  return instances.some((i) => {
    const r = responsibleOf(i);
    if (!r) return false;
    if (r.username) return r.username === caller.username || r.username === caller.id;
    return r.name.trim().toLocaleLowerCase('fi') === caller.displayName.trim().toLocaleLowerCase('fi');
  });
}

async function clientPaths(deps: UseCaseDeps, clientRef: string): Promise<InstanceRecord[]> {
  const instances = await deps.store.listInstances({ clientRef, limit: 1_000 });
  if (!instances.length) throw notFound('client');
  return instances;
}

/** Every path and task of the client; not_found unless the caller works on one of them or is responsible. */
export async function clientTimeline(deps: UseCaseDeps, caller: Caller, clientRef: string): Promise<Timeline> {
  const instances = await clientPaths(deps, clientRef);
  let allowed = isResponsible(caller, instances);
  for (const i of instances) if (!allowed && (await accessTo(deps, caller, i)) === 'worker') allowed = true;
  if (!allowed) throw notFound('client');
  const tasks = (await Promise.all(instances.map((i) => deps.engine.listTasks({ processInstanceId: i.id, limit: 200 })))).flat();
  await recordAccess(deps, caller, { action: 'read', clientRef, instanceId: null, detail: 'client timeline' });
  return {
    clientRef,
    paths: instances.map((i) => ({
      id: i.id,
      processKey: i.processKey,
      version: i.version,
      state: i.state,
      startedAt: i.startedAt,
      endedAt: i.endedAt,
      responsiblePerson: responsibleOf(i)?.name ?? null,
    })),
    tasks: tasks
      .map(({ id, name, activityId, processInstanceId, processKey, role, assignee, createdAt, completedAt, state }) => ({
        id, name, activityId, processInstanceId, processKey, role, assignee, createdAt, completedAt, state,
      }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    documents: tasks
      .filter((t) => t.formKey === 'tts-team' && t.state === 'completed')
      .map((t) => ({ processInstanceId: t.processInstanceId, href: `/api/process-instances/${t.processInstanceId}/documents/tts.pdf` })),
  };
}

/** Who read or changed the client's data and when; for the responsible person and auditors, else not_found. */
export async function clientAccessLog(deps: UseCaseDeps, caller: Caller, clientRef: string): Promise<{ items: AuditRecord[]; nextCursor: null }> {
  const instances = await clientPaths(deps, clientRef);
  if (!hasAnyRole(caller, ['auditor']) && !isResponsible(caller, instances)) throw notFound('client');
  const items = await deps.store.listAudit(clientRef);
  await recordAccess(deps, caller, { action: 'read', clientRef, instanceId: null, detail: 'access log' });
  return { items, nextCursor: null };
}
