/**
 * Runs one engine step of one instance and turns it into one StepCommit: load the stored state,
 * resume, act, fire due timers, derive what now waits (tasks, messages, called children, timers),
 * snapshot. A call activity starts its child in the same commit; a child that ends resumes its
 * parent in the same commit. Nothing is written until the whole chain has run.
 */
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../errors.js';
import type { HistoryRecord, IncidentAction, InstanceRecord, StepCommit, Store, TaskRecord } from '../store/Store.js';
import type { CompiledDefinition, DefinitionCache } from './definitions.js';
import { assignFromVariable, bookMeetingSlots, checkConsultationHours, takeCaseloadPlaces } from '../extensions/index.js';
import { EngineRun } from './EngineRun.js';
import { incidentCommit } from './incidents.js';
import { LiveEngines } from './liveEngines.js';
import { StepContext } from './StepContext.js';
import { mapVariables } from './variableMappings.js';

export interface StepOptions {
  actor?: string | null;
  now?: Date;
  /** Run an instance that stopped with an incident (a retry). */
  retry?: boolean;
  /** What this step does, recorded in an incident so that a retry can do it again (default: fire due timers). */
  failed?: IncidentAction;
  /** The attempt this step is, recorded in an incident (default 1). */
  attempts?: number;
}

export type StepAction = (run: EngineRun, ctx: StepContext) => Promise<void>;

/** A pseudonym for a client path: no name, no henkilötunnus, nothing derived from them. */
export function newClientRef(): string {
  return 'C-' + randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
}

/** What a called child gives back to its parent; its pseudonym stays the parent's own. */
function childOutput(outputs: Parameters<typeof mapVariables>[0], variables: Record<string, unknown>) {
  const { clientRef: _own, ...rest } = mapVariables(outputs, variables);
  return rest;
}

export class StepRunner {
  /** The live run behind each step not yet committed; kept for the next step once its commit succeeds. */
  private readonly pending = new WeakMap<StepCommit, EngineRun>();

  constructor(
    private readonly store: Store,
    private readonly definitions: DefinitionCache,
    private readonly clock: () => Date,
    private readonly live: LiveEngines = new LiveEngines(0),
  ) {}

  /** Tells the runner a step (and its related steps) committed: their live runs may serve the next steps. */
  committed(step: StepCommit): void {
    const run = this.pending.get(step);
    this.pending.delete(step);
    if (run && step.instance.state === 'running') this.live.put(step.instance.id, step.instance.revision, run);
    else this.live.drop(step.instance.id);
    for (const related of step.related ?? []) this.committed(related);
  }

  /** Starts a new instance; returns its commit (with any children started by call activities). */
  async start(
    def: CompiledDefinition,
    input: {
      businessKey?: string | null;
      variables: Record<string, unknown>;
      clientRef: string;
      parent?: { instanceId: string; executionId: string };
    },
    opts: StepOptions = {},
  ): Promise<StepCommit> {
    const ctx = this.context(def, opts, randomUUID());
    const now = ctx.now();
    const instance: InstanceRecord = {
      id: ctx.instanceId,
      processKey: def.model.processKey,
      version: def.deployment.version,
      deploymentId: def.deployment.id,
      businessKey: input.businessKey ?? null,
      clientRef: input.clientRef,
      parentInstanceId: input.parent?.instanceId ?? null,
      parentExecutionId: input.parent?.executionId ?? null,
      state: 'running',
      startedAt: now.toISOString(),
      endedAt: null,
      revision: 0,
      variables: {},
      engineState: null,
      incident: null,
    };
    const run = await EngineRun.start(def, ctx, { ...input.variables, clientRef: input.clientRef });
    return this.finish(run, ctx, instance, def, false, { ...opts, failed: { kind: 'start' } });
  }

  /** Starts again an instance whose start failed (an incident at revision 1 without engine state), under its own id. */
  async restart(instance: InstanceRecord, variables: Record<string, unknown>, opts: StepOptions): Promise<StepCommit> {
    const def = await this.definitions.get(instance.deploymentId);
    const ctx = this.context(def, opts, instance.id);
    const run = await EngineRun.start(def, ctx, { ...instance.variables, ...variables, clientRef: instance.clientRef });
    return this.finish(run, ctx, instance, def, false, { ...opts, failed: { kind: 'start' } });
  }

  /** Resumes a stored instance, applies the action and returns the commit of the step. */
  async step(instanceId: string, action: StepAction, opts: StepOptions = {}): Promise<StepCommit> {
    const instance = await this.store.getInstance(instanceId);
    if (!instance) throw notFound('process instance');
    const resumable = instance.state === 'running' || (opts.retry === true && instance.state === 'failed');
    if (!resumable || !instance.engineState) {
      throw new AppError('conflict', `the process instance is ${instance.state}`);
    }
    const def = await this.definitions.get(instance.deploymentId);
    const [tasks, history] = await Promise.all([
      this.store.listTasks({ instanceId, state: 'open', limit: 10_000 }),
      this.store.listHistory(instanceId),
    ]);
    const ctx = this.context(
      def,
      opts,
      instance.id,
      tasks,
      history.filter((h) => !h.endedAt),
    );
    const kept = this.live.take(instanceId, instance.revision);
    const run =
      kept && kept.definition === def
        ? kept.rebind(ctx, instance.variables)
        : await EngineRun.resume(def, ctx, instance.engineState, instance.variables);
    if (!run.error) await action(run, ctx);
    return this.finish(run, ctx, instance, def, true, opts);
  }

  private context(
    def: CompiledDefinition,
    opts: StepOptions,
    instanceId: string,
    openTasks: TaskRecord[] = [],
    openHistory: HistoryRecord[] = [],
  ): StepContext {
    // One timestamp per step, as a transaction has: deadlines and history agree to the millisecond.
    const fixed = opts.now ?? this.clock();
    return new StepContext(
      instanceId,
      def.model.processKey,
      def.model,
      new Map(openHistory.map((h) => [h.executionId, h])),
      new Map(openTasks.map((t) => [t.executionId, t])),
      () => fixed,
      opts.actor ?? null,
    );
  }

  private async finish(
    run: EngineRun,
    ctx: StepContext,
    before: InstanceRecord,
    def: CompiledDefinition,
    resumeParentOnEnd: boolean,
    opts: StepOptions,
  ): Promise<StepCommit> {
    const now = ctx.now();
    const related: StepCommit[] = [];
    await run.settle(now);
    await this.startCalledChildren(run, ctx, before, def, related);
    if (run.error) {
      // Children started in the failed run are dropped with it; the instance keeps its last good state.
      run.dispose();
      const failed = opts.failed ?? { kind: 'timer' as const };
      return incidentCommit(
        before,
        {
          error: run.error,
          action: failed,
          attempts: opts.attempts ?? 1,
          at: now.toISOString(),
          variables: { ...run.variables },
        },
        def.model,
      );
    }

    const waiting = run.postponed();
    const waitingIds = new Set(waiting.map((a) => a.executionId));
    for (const task of ctx.openTasks.values()) {
      if (waitingIds.has(task.executionId) || ctx.tasks.has(task.id)) continue;
      ctx.tasks.set(task.id, { ...task, state: 'cancelled', version: task.version + 1 });
    }
    for (const [id, task] of ctx.tasks) {
      if (task.version === 1 && !waitingIds.has(task.executionId)) ctx.tasks.delete(id);
    }
    checkConsultationHours(ctx);
    await bookMeetingSlots(ctx, this.store);
    await takeCaseloadPlaces(ctx, this.store);
    await assignFromVariable(
      ctx,
      run.variables,
      async (name) => (await this.store.findUserByUsername(name)) ?? (await this.store.getUser(name)),
    );
    // Whatever is open but no longer waits was left (an interrupted sub-process's inner task
    // emits no leave of its own).
    for (const row of [...ctx.openHistory.values(), ...ctx.history.values()]) {
      const current = ctx.history.get(row.executionId) ?? row;
      if (!current.endedAt && !waitingIds.has(row.executionId)) {
        const cancelledBy = ctx.firedBoundaries.at(-1) ?? 'interrupted';
        ctx.history.set(row.executionId, { ...current, endedAt: now.toISOString(), cancelledBy });
      }
    }
    const pendingTimers = run.timers.pending();
    const engineState = await run.snapshot();
    const ended = !engineState;
    const instance: InstanceRecord = {
      ...before,
      state: ended ? 'completed' : 'running',
      endedAt: ended ? now.toISOString() : null,
      revision: before.revision + 1,
      variables: { ...run.variables },
      engineState,
      incident: null,
    };
    const step: StepCommit = {
      instance,
      expectedRevision: before.revision,
      tasks: [...ctx.tasks.values()],
      timers: ended
        ? []
        : pendingTimers.map((t) => ({
            id: `${instance.id}:${t.executionId}`,
            instanceId: instance.id,
            activityId: t.activityId,
            executionId: t.executionId,
            dueAt: t.dueAt.toISOString(),
          })),
      subscriptions: waiting
        .filter((a) => def.model.messageWaits.has(a.id))
        .map((a) => ({
          instanceId: instance.id,
          messageName: def.model.messageWaits.get(a.id) as string,
          activityId: a.id,
          executionId: a.executionId,
        })),
      history: [...ctx.history.values()],
      related,
    };
    if (ended && resumeParentOnEnd && instance.parentInstanceId && instance.parentExecutionId) {
      related.push(await this.resumeParent(instance));
    }
    if (ended) run.dispose();
    else this.pending.set(step, run);
    return step;
  }

  /** A call activity that waits without a child gets one, started in the same commit. */
  private async startCalledChildren(
    run: EngineRun,
    ctx: StepContext,
    instance: InstanceRecord,
    def: CompiledDefinition,
    related: StepCommit[],
  ): Promise<void> {
    // A process without call activities never has children to look for.
    if (!def.model.calls.size) return;
    const existing = instance.revision === 0 ? [] : await this.store.findChildren(instance.id);
    const started = new Set(existing.map((c) => c.parentExecutionId));
    for (let round = 0; round < 50 && !run.error && !run.ended; round++) {
      const calls = run.postponed().filter((a) => a.type === 'bpmn:CallActivity' && !started.has(a.executionId));
      if (!calls.length) return;
      for (const call of calls) {
        started.add(call.executionId);
        const target = def.model.calls.get(call.id);
        const child = await this.definitions.find(target?.processKey ?? '', target?.version ?? undefined);
        const childStep = await this.start(
          child,
          {
            variables: mapVariables(target?.inputs ?? null, run.variables),
            clientRef: instance.clientRef ?? newClientRef(),
            parent: { instanceId: instance.id, executionId: call.executionId },
          },
          { actor: ctx.actor, now: ctx.now() },
        );
        if (childStep.instance.state === 'completed') {
          const output = childOutput(target?.outputs ?? null, childStep.instance.variables);
          run.mergeVariables(output);
          await run.signalExecution(call.executionId, output);
          await run.settle(ctx.now());
        }
        related.push(childStep);
      }
    }
  }

  /** The step of a parent whose called child has just ended: its call activity completes. */
  private async resumeParent(child: InstanceRecord): Promise<StepCommit> {
    return this.step(
      child.parentInstanceId as string,
      async (run, ctx) => {
        const call = run.postponed().find((a) => a.executionId === child.parentExecutionId);
        const output = childOutput(ctx.model.calls.get(call?.id ?? '')?.outputs ?? null, child.variables);
        run.mergeVariables(output);
        const waited = await run.signalExecution(child.parentExecutionId as string, output);
        if (!waited) throw new AppError('conflict', 'the parent no longer waits for this child');
      },
      {
        now: child.endedAt ? new Date(child.endedAt) : undefined,
        failed: { kind: 'signal', executionId: child.parentExecutionId as string },
      },
    );
  }
}
