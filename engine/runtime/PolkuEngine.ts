/**
 * The engine facade: each public action is one step through the StepRunner and one commit. It
 * keeps no instance in memory between calls, so several engine processes may share one store.
 */
import type {
  Actor,
  AuditNote,
  CompleteInput,
  DeploymentView,
  InstanceState,
  InstanceView,
  MigrationInput,
  MigrationResult,
  PolkuEngineApi,
  ProcessStartInfo,
  RetryInput,
  StartInput,
  TaskFilter,
  TaskView,
} from '../api.js';
import { AppError, conflict, notFound } from '../errors.js';
import type { AuditRecord, StepCommit, Store, TaskRecord } from '../store/Store.js';
import { DefinitionCache } from './definitions.js';
import { deployBpmn, type BpmnLinter } from './deploy.js';
import { cancelHistory, incidentHistory } from './incidents.js';
import { LiveEngines } from './liveEngines.js';
import { planMigration } from './migrate.js';
import { TimerFiring } from '../timers/timerFiring.js';
import { newClientRef, StepRunner } from './StepRunner.js';
import type { StepKind, StepObserver } from './stepObserver.js';
import { deploymentView, instanceView, taskView } from './views.js';

export interface EngineOptions {
  store: Store;
  /** Now, for history and deadlines; tests move it. */
  clock?: () => Date;
  lint?: BpmnLinter;
  /** How many live engines of recently active instances to keep for their next step (default 100, about 0.4 MB of heap each; 0: none). */
  liveEngines?: number;
  /** Told of an error a timer step of one instance threw (it waits for a retry, then becomes an incident). */
  onStepError?: (err: unknown, instanceId: string) => void;
  /** Told of every committed step and fired timer (metrics); nothing when omitted. */
  observer?: StepObserver;
  /** How long a claimed timer belongs to this process (default LEASE_MS, 60 s). */
  timerLeaseMs?: number;
}

const NO_OBSERVER: StepObserver = { stepCommitted: () => {}, timerFired: () => {} };

const MAX_RETRIES = 5;

export class PolkuEngine implements PolkuEngineApi {
  readonly store: Store;
  private readonly clock: () => Date;
  private readonly definitions: DefinitionCache;
  private readonly runner: StepRunner;
  private readonly lint?: BpmnLinter;
  private readonly timers: TimerFiring;
  private readonly observer: StepObserver;

  constructor(options: EngineOptions) {
    this.store = options.store;
    this.clock = options.clock ?? (() => new Date());
    this.lint = options.lint;
    this.definitions = new DefinitionCache(this.store);
    this.observer = options.observer ?? NO_OBSERVER;
    const live = new LiveEngines(options.liveEngines ?? 100, (hit) => this.observer.liveEngineTaken?.(hit));
    this.runner = new StepRunner(this.store, this.definitions, this.clock, live);
    this.timers = new TimerFiring(this.store, this.runner, options.onStepError, this.observer, options.timerLeaseMs);
  }

  async deploy(name: string, xml: string, by?: string, note?: string): Promise<DeploymentView[]> {
    const records = await deployBpmn(this.store, { name, xml, by, note, now: this.clock(), lint: this.lint });
    return records.map(deploymentView);
  }

  async listDefinitions(all = false): Promise<DeploymentView[]> {
    return (await this.store.listDeployments(all)).map(deploymentView);
  }

  async getDefinitionXml(processKey: string, version?: number): Promise<string> {
    const d = await this.store.findDeployment(processKey, version);
    if (!d) throw notFound('process definition');
    return d.xml;
  }

  async getStartInfo(processKey: string, version?: number): Promise<ProcessStartInfo> {
    const { deployment, model } = await this.definitions.find(processKey, version);
    const { name, starterRoles, startFormKey } = model;
    return { processKey, version: deployment.version, name, starterRoles, startFormKey };
  }

  async startInstance(input: StartInput): Promise<InstanceView> {
    const began = performance.now();
    const def = await this.definitions.find(input.processKey, input.version);
    const variables = { ...(input.variables ?? {}) };
    // Engine-owned: who started the path is the caller the use case names, never a variable.
    if (input.by) variables.startedBy = input.by;
    const fromVariables = typeof variables.clientRef === 'string' ? variables.clientRef : undefined;
    const clientRef = input.clientRef ?? fromVariables ?? newClientRef();
    const step = await this.runner.start(
      def,
      { businessKey: input.businessKey ?? null, variables, clientRef },
      { actor: input.by ?? null },
    );
    await this.commit(withAudit(step, input.audit, this.clock()), 'start', began);
    return this.getInstance(step.instance.id);
  }

  async getInstance(id: string): Promise<InstanceView> {
    const instance = await this.store.getInstance(id);
    if (!instance) throw notFound('process instance');
    return instanceView(instance, await this.store.listHistory(id));
  }

  async listInstances(filter: { processKey?: string; state?: InstanceState; limit?: number }): Promise<InstanceView[]> {
    const records = await this.store.listInstances(filter);
    return Promise.all(records.map(async (r) => instanceView(r, await this.store.listHistory(r.id))));
  }

  async listTasks(filter: TaskFilter): Promise<TaskView[]> {
    const tasks = await this.store.listTasks({
      state: filter.state,
      roles: filter.roles,
      assignee: filter.assignee,
      processKey: filter.processKey,
      instanceId: filter.processInstanceId,
      limit: filter.limit,
      after: decodeCursor(filter.cursor),
    });
    return tasks.map(taskView);
  }

  async getTask(id: string): Promise<TaskView> {
    const task = await this.store.getTask(id);
    if (!task) throw notFound('task');
    return taskView(task);
  }

  async claimTask(taskId: string, actor: Actor, audit: AuditNote[] = []): Promise<TaskView> {
    const task = await this.visibleTask(taskId, actor);
    if (task.state !== 'open') throw conflict(`the task is ${task.state}`);
    if (task.assignee === actor.id) return taskView(task);
    if (task.assignee) throw conflict('another user holds the task');
    const entries = await this.auditOf(task.instanceId, audit);
    if (!(await this.store.updateTaskAssignee(task.id, actor.id, task.version, entries))) throw conflict('the task changed meanwhile');
    return this.getTask(taskId);
  }

  async unclaimTask(taskId: string, actor: Actor, audit: AuditNote[] = []): Promise<TaskView> {
    const task = await this.visibleTask(taskId, actor);
    if (task.state !== 'open') throw conflict(`the task is ${task.state}`);
    if (!task.assignee) return taskView(task);
    if (task.assignee !== actor.id) throw conflict('another user holds the task');
    const entries = await this.auditOf(task.instanceId, audit);
    if (!(await this.store.updateTaskAssignee(task.id, null, task.version, entries))) throw conflict('the task changed meanwhile');
    return this.getTask(taskId);
  }

  /** The notes as access-log records of the instance, stamped now. */
  private async auditOf(instanceId: string, notes: AuditNote[]): Promise<AuditRecord[]> {
    if (!notes.length) return [];
    const instance = await this.store.getInstance(instanceId);
    return toAudit(notes, this.clock(), instance?.clientRef ?? null, instanceId);
  }

  async completeTask(taskId: string, input: CompleteInput): Promise<{ task: TaskView; processInstance: InstanceView }> {
    const data = input.data ?? {};
    for (let attempt = 0; ; attempt++) {
      const began = performance.now();
      const task = await this.visibleTask(taskId, input.actor);
      if (task.state !== 'open') throw conflict(`the task is ${task.state}`);
      if (input.version !== undefined && input.version !== task.version) throw conflict('the task has changed since it was read');
      if (task.assignee && task.assignee !== input.actor.id) throw conflict('another user holds the task');
      const done: TaskRecord = {
        ...task,
        state: 'completed',
        assignee: input.actor.id,
        completedAt: this.clock().toISOString(),
        completedBy: input.actor.id,
        data,
        version: task.version + 1,
      };
      try {
        const step = await this.runner.step(
          task.instanceId,
          async (run, ctx) => {
            run.mergeVariables(data);
            if (!(await run.signalExecution(task.executionId, data))) throw conflict('the task no longer waits');
            ctx.tasks.set(done.id, done);
          },
          { actor: input.actor.id, failed: { kind: 'signal', executionId: task.executionId } },
        );
        // A continuation that fails does not lose the worker's input: the task is completed with
        // its data and the path stops with an incident at the element that failed (as Camunda 8).
        if (step.instance.state === 'failed') step.tasks = [done];
        await this.commit(withAudit(step, input.audit, this.clock()), 'complete', began);
        return { task: taskView(done), processInstance: await this.getInstance(task.instanceId) };
      } catch (err) {
        // Another step of the same instance (a parallel task, a timer) won the race: try again
        // while this task is still open at the version we saw; otherwise the conflict stands.
        if (!(err instanceof AppError) || err.code !== 'conflict' || attempt >= MAX_RETRIES) throw err;
        const now = await this.store.getTask(taskId);
        if (!now || now.state !== 'open' || now.version !== task.version) throw err;
      }
    }
  }

  async deliverMessage(
    instanceId: string,
    name: string,
    variables: Record<string, unknown> = {},
    audit: AuditNote[] = [],
  ): Promise<InstanceView> {
    const began = performance.now();
    const instance = await this.store.getInstance(instanceId);
    if (!instance || instance.state !== 'running') throw notFound('process instance waiting for the message');
    const subscriptions = await this.store.findSubscriptions(instanceId, name);
    if (!subscriptions.length) throw notFound('a waiting receiver of the message');
    const def = await this.definitions.get(instance.deploymentId);
    const messageId = def.model.messageIds.get(name) as string;
    const step = await this.runner.step(
      instanceId,
      async (run) => {
        run.mergeVariables(variables);
        await run.signalMessage(messageId);
      },
      { failed: { kind: 'message', messageId } },
    );
    // A continuation that fails keeps the message: the path stops with an incident, retried later.
    await this.commit(withAudit(step, audit, this.clock()), 'message', began);
    return this.getInstance(instanceId);
  }

  async retryInstance(instanceId: string, input: RetryInput = {}): Promise<InstanceView> {
    const began = performance.now();
    const instance = await this.store.getInstance(instanceId);
    if (!instance) throw notFound('process instance');
    const incident = instance.incident;
    if (instance.state !== 'failed' || !incident) throw conflict('the process instance has no incident');
    const variables = input.variables ?? {};
    const action = incident.action;
    // A timer step runs again at least at the time it failed, so the timers due then fire again.
    const failedAt = new Date(incident.occurredAt);
    const now = action.kind === 'timer' && failedAt > this.clock() ? failedAt : undefined;
    const opts = { actor: input.by ?? null, now, retry: true, failed: action, attempts: incident.attempts + 1 };
    const step =
      action.kind === 'start' || !instance.engineState
        ? await this.runner.restart(instance, variables, opts)
        : await this.runner.step(
            instanceId,
            async (run) => {
              run.mergeVariables(variables);
              if (action.kind === 'signal' && !(await run.signalExecution(action.executionId))) {
                throw conflict('the failed element no longer waits');
              }
              if (action.kind === 'message') await run.signalMessage(action.messageId);
              // A timer step needs no action: the run fires what is due as it settles.
            },
            opts,
          );
    const at = this.clock().toISOString();
    step.history.push(incidentHistory(instanceId, 'retry', step.instance.revision, at, incident.activityId, input.by ?? null));
    await this.commit(withAudit(step, input.audit, this.clock()), 'retry', began);
    return this.getInstance(instanceId);
  }

  async cancelInstance(instanceId: string, by?: string, audit?: AuditNote[], reason?: string): Promise<InstanceView> {
    const began = performance.now();
    const instance = await this.store.getInstance(instanceId);
    if (!instance) throw notFound('process instance');
    if (instance.state !== 'running' && instance.state !== 'failed') throw conflict(`the process instance is ${instance.state}`);
    const step = await this.cancelStep(instanceId, by ?? null);
    if (reason) step.history.push(cancelHistory(instanceId, step.instance.revision, step.instance.endedAt as string, reason, by ?? null));
    // The caller's own notes (with role and reason) replace the plain cancel row of the path they named.
    await this.commit(
      audit?.length ? { ...step, audit: toAudit(audit, this.clock(), step.instance.clientRef, instanceId) } : step,
      'cancel',
      began,
    );
    return this.getInstance(instanceId);
  }

  /** The commit that cancels an instance, its open tasks, timers, messages and called children. */
  private async cancelStep(instanceId: string, by: string | null): Promise<StepCommit> {
    const instance = await this.store.getInstance(instanceId);
    if (!instance) throw notFound('process instance');
    const now = this.clock().toISOString();
    const [tasks, history, children] = await Promise.all([
      this.store.listTasks({ instanceId, state: 'open', limit: 10_000 }),
      this.store.listHistory(instanceId),
      this.store.findChildren(instanceId),
    ]);
    const related: StepCommit[] = [];
    for (const child of children) {
      if (child.state === 'running' || child.state === 'failed') related.push(await this.cancelStep(child.id, by));
    }
    return {
      instance: { ...instance, state: 'cancelled', endedAt: now, revision: instance.revision + 1, engineState: null },
      expectedRevision: instance.revision,
      tasks: tasks.map((t) => ({ ...t, state: 'cancelled' as const, version: t.version + 1 })),
      timers: [],
      subscriptions: [],
      history: history.filter((h) => !h.endedAt).map((h) => ({ ...h, endedAt: now, cancelledBy: 'cancel' })),
      audit: by
        ? [{ at: now, actor: by, action: 'cancel', clientRef: instance.clientRef, instanceId, detail: 'process instance cancelled' }]
        : [],
      related,
    };
  }

  async migrateInstances(input: MigrationInput): Promise<MigrationResult> {
    const source = await this.definitions.find(input.processKey, input.fromVersion);
    const target = await this.definitions.find(input.processKey, input.toVersion);
    const result: MigrationResult = { migrated: [], refused: [] };
    const candidates = input.instanceIds
      ? await Promise.all(input.instanceIds.map(async (id) => ({ id, record: await this.store.getInstance(id) })))
      : (
          await Promise.all(
            (['running', 'failed'] as const).map((state) =>
              this.store.listInstances({ processKey: input.processKey, state, limit: 100_000 }),
            ),
          )
        )
          .flat()
          .filter((r) => r.version === input.fromVersion)
          .map((record) => ({ id: record.id, record }));
    for (const { id, record } of candidates) {
      if (!record || record.processKey !== input.processKey) {
        result.refused.push({ id, reason: `no path of ${input.processKey} has this id` });
        continue;
      }
      const plan = await planMigration(this.store, record, source, target, input.mapping ?? {}, this.clock(), input.by ?? null);
      if (!plan.ok) result.refused.push({ id, reason: plan.reason });
      else if (input.dryRun) result.migrated.push(id);
      else {
        try {
          await this.commit(withAudit(plan.commit, input.audit, this.clock()), 'migrate', performance.now());
          result.migrated.push(id);
        } catch (err) {
          // A task completed or a timer fired since the plan: the path is not moved half-way.
          if (!(err instanceof AppError) || err.code !== 'conflict') throw err;
          result.refused.push({ id, reason: 'the path changed meanwhile: plan again' });
        }
      }
    }
    return result;
  }

  /** Commits a step; only then may its live engines serve the next steps of their instances. */
  private async commit(step: StepCommit, kind: StepKind, began: number): Promise<void> {
    await this.store.commitStep(step);
    this.runner.committed(step);
    this.observer.stepCommitted(kind, (performance.now() - began) / 1000, step.instance.state === 'failed');
  }

  async fireDueTimers(now: Date = this.clock()): Promise<number> {
    return this.timers.fireDue(now);
  }

  /** Stops taking timers: a firing run in progress ends after its current instance and gives its other leases back. */
  stopTimers(): void {
    this.timers.stop();
  }

  async close(): Promise<void> {
    this.timers.stop();
    await this.store.close();
  }

  private async visibleTask(taskId: string, actor: Actor): Promise<TaskRecord> {
    const task = await this.store.getTask(taskId);
    if (!task || !task.roles.some((r) => actor.roles.includes(r))) throw notFound('task');
    return task;
  }
}

/** Access-log records of the notes for one client path. */
function toAudit(notes: AuditNote[], at: Date, clientRef: string | null, instanceId: string): AuditRecord[] {
  return notes.map((n) => ({ at: at.toISOString(), clientRef, instanceId, ...n }));
}

/** The step with the notes added to its own commit, so the log and the change land together or not at all. */
/**
 * Adds the caller's audit notes to the step itself: the runner keeps the step's live engine by the
 * step object, so a copy here would lose the engine after every HTTP step (a regression test in
 * test/web/liveEngineCache.test.ts).
 */
function withAudit(step: StepCommit, notes: AuditNote[] | undefined, at: Date): StepCommit {
  if (notes?.length) step.audit = [...(step.audit ?? []), ...toAudit(notes, at, step.instance.clientRef, step.instance.id)];
  return step;
}

/** Opaque list cursor of a task: its creation time and id. */
export function encodeCursor(task: { createdAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([task.createdAt, task.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string | null | undefined): { createdAt: string; id: string } | null {
  if (!cursor) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    /* fall through */
  }
  throw new AppError('invalid_input', 'the cursor is not valid', [{ path: '/cursor', message: 'invalid cursor' }]);
}
