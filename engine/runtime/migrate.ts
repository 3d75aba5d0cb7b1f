/**
 * Moving a running path to another version of its process (as Camunda's migration): every active
 * activity maps to an element of the same kind in the target (the same id by default), the stored
 * bpmn-engine state is re-pointed at the target with the mapped ids and recovered there to prove it
 * runs, and the instance, its open tasks, timers, subscriptions and open history rows change in
 * one commit guarded by the instance's revision. Nothing runs: no timer fires, no task moves on.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import type { HistoryRecord, InstanceRecord, StepCommit, Store, TaskRecord, TimerRecord } from '../store/Store.js';
import type { CompiledDefinition } from './definitions.js';
import { EngineRun } from './EngineRun.js';
import { StepContext } from './StepContext.js';

/** Old activity id → new activity id; ids not named map to themselves. */
export type ActivityMapping = Record<string, string>;

/** Why an instance cannot move, or the commit that moves it. */
export type MigrationPlan = { ok: true; commit: StepCommit } | { ok: false; reason: string };

/** The keys of bpmn-engine's state whose string values are element ids. */
const ID_KEYS = new Set(['id', 'targetId', 'sourceId', 'attachedTo']);

/** Refusal reasons are plain sentences naming element ids, never data. */
function refuse(reason: string): MigrationPlan {
  return { ok: false, reason };
}

/** The active activities of an instance (open history rows) that the target lacks or holds as another kind. */
export function unmappable(active: HistoryRecord[], target: CompiledDefinition, mapping: ActivityMapping): string | null {
  for (const row of active) {
    const to = mapping[row.activityId] ?? row.activityId;
    const node = target.model.nodes.get(to);
    if (!node) return `active activity ${row.activityId} has no mapping in version ${target.deployment.version}`;
    if (node.type !== row.type) return `active activity ${row.activityId} (${row.type}) is mapped to ${to}, a ${node.type}`;
  }
  return null;
}

/** The state with every element id of the mapping (and the definitions id) rewritten; execution ids stay. */
export function rewriteIds(state: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(state)) return state.map((v) => rewriteIds(v, ids));
  if (!state || typeof state !== 'object') return state;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    out[key] = ID_KEYS.has(key) && typeof value === 'string' && ids.has(value) ? ids.get(value) : rewriteIds(value, ids);
  }
  return out;
}

/**
 * Plans the move of one running instance from `source` to `target`: refused with a reason, or the
 * commit that moves it. Recovering the re-pointed state on the target must give back every wait
 * the instance had, else it is refused rather than moved half.
 */
export async function planMigration(
  store: Store,
  instance: InstanceRecord,
  source: CompiledDefinition,
  target: CompiledDefinition,
  mapping: ActivityMapping,
  at: Date,
  by: string | null,
): Promise<MigrationPlan> {
  if (instance.deploymentId !== source.deployment.id) return refuse(`the path is on version ${instance.version}`);
  if (instance.state === 'failed') return refuse('the path has an incident: retry or cancel it first');
  if (instance.state !== 'running' || !instance.engineState) return refuse(`the path is ${instance.state}`);
  if (instance.parentInstanceId) return refuse('a called path moves with its parent process only');
  const [history, tasks] = await Promise.all([
    store.listHistory(instance.id),
    store.listTasks({ instanceId: instance.id, state: 'open', limit: 10_000 }),
  ]);
  const active = history.filter((h) => !h.endedAt && source.model.nodes.has(h.activityId));
  const problem = unmappable(active, target, mapping);
  if (problem) return refuse(problem);
  if (target.model.calls.size || source.model.calls.size) {
    if (active.some((h) => h.type === 'bpmn:CallActivity')) return refuse('a path waiting in a call activity cannot move');
  }

  const ids = new Map(Object.entries(mapping).filter(([from, to]) => from !== to));
  const sourceDefs = (source.sourceContext as { id?: string }).id;
  const targetDefs = (target.sourceContext as { id?: string }).id;
  if (sourceDefs && targetDefs && sourceDefs !== targetDefs) ids.set(sourceDefs, targetDefs);
  const state = JSON.parse(inflateRawSync(instance.engineState).toString('utf8')) as unknown;
  const moved = deflateRawSync(Buffer.from(JSON.stringify(rewriteIds(state, ids)), 'utf8'));

  // A throwaway context: the recovery's events must not open tasks or history of their own.
  const ctx = new StepContext(
    instance.id,
    target.model.processKey,
    target.model,
    new Map(active.map((h) => [h.executionId, h])),
    new Map(tasks.map((t) => [t.executionId, t])),
    () => at,
    by,
  );
  const run = await EngineRun.resume(target, ctx, moved, instance.variables);
  try {
    if (run.error || run.ended) return refuse(`version ${target.deployment.version} cannot hold the path's state`);
    const waiting = run.postponed();
    const waitingIds = new Set(waiting.map((a) => a.executionId));
    const lost = active.find((h) => !waitingIds.has(h.executionId));
    if (lost) return refuse(`active activity ${lost.activityId} does not wait in version ${target.deployment.version}`);
    const engineState = await run.snapshot();
    const mapped = (id: string) => mapping[id] ?? id;
    const revision = instance.revision + 1;
    return {
      ok: true,
      commit: {
        instance: { ...instance, version: target.deployment.version, deploymentId: target.deployment.id, revision, engineState },
        expectedRevision: instance.revision,
        tasks: tasks.map((t) => movedTask(t, target, mapped(t.activityId))),
        timers: movedTimers(instance.id, run, ids),
        subscriptions: waiting
          .filter((a) => target.model.messageWaits.has(a.id))
          .map((a) => ({
            instanceId: instance.id,
            messageName: target.model.messageWaits.get(a.id) as string,
            activityId: a.id,
            executionId: a.executionId,
          })),
        history: [
          ...active.map((h) => ({
            ...h,
            activityId: mapped(h.activityId),
            name: target.model.nodes.get(mapped(h.activityId))?.name ?? h.name,
          })),
          migrationHistory(instance.id, source.deployment.version, at, by),
        ],
      },
    };
  } finally {
    run.dispose();
  }
}

/**
 * The timers of the moved path when one of them waits at a renamed element; otherwise none are
 * given, so the stored rows stay exactly as they were (due time, lease, attempts).
 */
function movedTimers(instanceId: string, run: EngineRun, renamed: Map<string, string>): TimerRecord[] | undefined {
  const pending = run.timers.pending();
  if (!pending.some((t) => [...renamed.values()].includes(t.activityId))) return undefined;
  return pending.map((t) => ({
    id: `${instanceId}:${t.executionId}`,
    instanceId,
    activityId: t.activityId,
    executionId: t.executionId,
    dueAt: t.dueAt.toISOString(),
  }));
}

/** An open task at its mapped element: name, roles and form key from the target; who holds it and its deadline stay. */
function movedTask(task: TaskRecord, target: CompiledDefinition, activityId: string): TaskRecord {
  const info = target.model.userTasks.get(activityId);
  return {
    ...task,
    activityId,
    name: info?.name ?? task.name,
    roles: info?.roles.length ? info.roles : task.roles,
    formKey: info ? info.formKey : task.formKey,
    version: task.version + 1,
  };
}

/** The history row that says the path moved: "migrated from version N". */
export function migrationHistory(instanceId: string, fromVersion: number, at: Date, by: string | null): HistoryRecord {
  return {
    instanceId,
    executionId: `migration:${randomUUID()}`,
    activityId: 'process',
    name: `migrated from version ${fromVersion}`,
    type: 'migration',
    startedAt: at.toISOString(),
    endedAt: at.toISOString(),
    expectedBy: null,
    by,
  };
}
