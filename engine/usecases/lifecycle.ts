/**
 * The data lifecycle of a client: a subject-access export (every path with its variables, task
 * data and history, and each TTS as PDF), and erasure after the retention period, which keeps only
 * pseudonymous rows (process, version, states, times) for statistics. Both are logged.
 */
import { AppError, notFound } from '../errors.js';
import { logRead, requireSubjectAccess } from '../policy/index.js';
import type { HistoryRecord, TaskRecord } from '../store/Store.js';
import { hasAnyRole, now, type Caller, type UseCaseDeps } from './context.js';
import { renderPathTts } from './documents.js';

/** How long a client's data is kept after their last path ended (social and health care records: 12 years). */
export const RETENTION_YEARS = 12;

export interface ClientExport {
  clientRef: string;
  exportedAt: string;
  paths: {
    id: string;
    processKey: string;
    version: number;
    state: string;
    startedAt: string;
    endedAt: string | null;
    businessKey: string | null;
    variables: Record<string, unknown>;
    tasks: Pick<TaskRecord, 'id' | 'activityId' | 'name' | 'formKey' | 'state' | 'createdAt' | 'completedAt' | 'completedBy' | 'data'>[];
    history: Omit<HistoryRecord, 'instanceId' | 'executionId'>[];
  }[];
  /** Each filled TTS as a base64 PDF. */
  documents: { processInstanceId: string; name: 'tts.pdf'; contentType: 'application/pdf'; base64: string }[];
}

/** Everything stored about the client, for a subject-access request; logged before it is returned. */
export async function exportClient(deps: UseCaseDeps, caller: Caller, clientRef: string): Promise<ClientExport> {
  const decision = await requireSubjectAccess(deps, caller, clientRef);
  const instances = await deps.store.listInstances({ clientRef, limit: 1_000 });
  const paths: ClientExport['paths'] = [];
  const documents: ClientExport['documents'] = [];
  for (const i of instances) {
    const [tasks, history] = await Promise.all([deps.store.listTasks({ instanceId: i.id, limit: 10_000 }), deps.store.listHistory(i.id)]);
    paths.push({
      id: i.id,
      processKey: i.processKey,
      version: i.version,
      state: i.state,
      startedAt: i.startedAt,
      endedAt: i.endedAt,
      businessKey: i.businessKey,
      variables: i.variables,
      tasks: tasks.map(({ id, activityId, name, formKey, state, createdAt, completedAt, completedBy, data }) => ({
        id,
        activityId,
        name,
        formKey,
        state,
        createdAt,
        completedAt,
        completedBy,
        data,
      })),
      history: history.map(({ instanceId: _i, executionId: _e, ...rest }) => rest),
    });
    const pdf = tasks.some((t) => t.formKey === 'tts-team' && t.state === 'completed')
      ? await renderPathTts(deps, i).catch(() => null)
      : null;
    if (pdf) documents.push({ processInstanceId: i.id, name: 'tts.pdf', contentType: 'application/pdf', base64: pdf.toString('base64') });
  }
  await logRead(deps, caller, decision, { clientRef, instanceId: null }, `subject-access export of ${paths.length} paths`, 'export');
  return { clientRef, exportedAt: now(deps).toISOString(), paths, documents };
}

/** Erases the client's data once every path ended more than RETENTION_YEARS ago; `auditor` only; 409 before that. */
export async function eraseClient(
  deps: UseCaseDeps,
  caller: Caller,
  clientRef: string,
): Promise<{ clientRef: string; erasedPaths: number }> {
  if (!hasAnyRole(caller, ['auditor'])) throw notFound('client');
  const instances = await deps.store.listInstances({ clientRef, limit: 1_000 });
  if (!instances.length) throw notFound('client');
  const limit = new Date(now(deps));
  limit.setUTCFullYear(limit.getUTCFullYear() - RETENTION_YEARS);
  const open = instances.filter(
    (i) => !i.endedAt || i.state === 'running' || i.state === 'failed' || Date.parse(i.endedAt) > limit.getTime(),
  );
  if (open.length) throw new AppError('conflict', `the retention period has not passed for ${open.length} path(s)`);
  const at = now(deps).toISOString();
  const erasedPaths = await deps.store.eraseClientData(clientRef, [
    {
      at,
      actor: caller.id,
      action: 'erase',
      clientRef,
      instanceId: null,
      detail: `client data erased after ${RETENTION_YEARS} years`,
      role: 'auditor',
      why: 'retention period passed',
    },
  ]);
  return { clientRef, erasedPaths };
}
