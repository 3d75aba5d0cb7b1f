/**
 * One step of one instance on bpmn-engine: start or resume from the stored state, act (signal a
 * task, a message, a called child, a timer), settle due timers, and snapshot the state to store.
 * Waiting instances are kept in the store; a run may stay live in the bounded LiveEngines cache
 * for the next step of its instance, which takes it only at the revision it was committed at.
 */
import { EventEmitter } from 'node:events';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Engine } from 'bpmn-engine';
import { attachExtensions, refuseScripts } from '../extensions/index.js';
import { DurableTimers } from '../timers/durableTimers.js';
import type { CompiledDefinition } from './definitions.js';
import { feelExpressions } from './feel.js';
import type { StepContext } from './StepContext.js';
import { MAX_TIMER_ROUNDS, StepBudget, StepBudgetExceeded } from './stepBudget.js';

interface PostponedApi {
  id: string;
  type: string;
  executionId: string;
  content: Record<string, unknown>;
  signal(message?: unknown): void;
}

interface EngineState {
  environment?: { variables?: Record<string, unknown> };
  definitions: { source?: unknown }[];
}

/**
 * Drops the copies of the variables that every environment state carries: the instance row holds
 * them once, and the run supplies them to FEEL.
 */
function withoutVariables(this: Record<string, unknown>, key: string, value: unknown): unknown {
  if (key === 'variables' && 'settings' in this) return undefined;
  return value;
}

/** Silences bpmn-engine's debug logger; errors surface through the run instead. */
const quietLogger = () => ({ debug() {}, error() {}, warn() {} });

export class EngineRun {
  readonly listener = new EventEmitter();
  readonly timers: DurableTimers;
  private readonly engine: InstanceType<typeof Engine>;
  /** The instance variables of this run: what FEEL reads and what the step stores. */
  readonly variables: Record<string, unknown>;
  ended = false;
  error: Error | null = null;
  /** What the current step may still spend; a new one per step. */
  private budget = new StepBudget();

  private constructor(
    readonly definition: CompiledDefinition,
    public ctx: StepContext,
    variables: Record<string, unknown>,
  ) {
    this.variables = { ...variables };
    this.timers = new DurableTimers(ctx.now().getTime() - Date.now());
    this.timers.stepNow = ctx.now();
    this.engine = new Engine({
      name: definition.model.processKey,
      sourceContext: definition.sourceContext,
      timers: this.timers.timers,
      expressions: feelExpressions(
        () => this.variables,
        () => this.ctx.now(),
      ),
      scripts: refuseScripts,
      Logger: quietLogger,
    } as never);
    this.engine.on('end', () => (this.ended = true));
    this.engine.on('error', (err: Error) => (this.error ??= err));
    this.watchBudget();
    attachExtensions(this.listener, ctx, this.variables);
  }

  /**
   * Counts each element the step enters against its budget. Over it, the listener throws out of
   * bpmn-engine's synchronous run (a cycle with no wait would never give the event loop back);
   * the run records the fault and the step becomes an incident.
   */
  private watchBudget(): void {
    this.listener.on('activity.enter', (api: { id: string }) => {
      // Once over budget, every further element stops at once: the rest of a runaway never runs.
      if (this.error instanceof StepBudgetExceeded) throw this.error;
      try {
        this.budget.enter(api.id);
      } catch (err) {
        this.error = err as Error;
        throw err;
      }
    });
  }

  /** Starts a new instance and runs it to its first wait states. */
  static async start(def: CompiledDefinition, ctx: StepContext, variables: Record<string, unknown>): Promise<EngineRun> {
    const run = new EngineRun(def, ctx, variables);
    await run.guard(() => run.engine.execute({ listener: run.listener } as never));
    return run;
  }

  /** Recovers a stored instance and resumes it where it waited. */
  static async resume(
    def: CompiledDefinition,
    ctx: StepContext,
    engineState: Buffer,
    variables: Record<string, unknown>,
  ): Promise<EngineRun> {
    const run = new EngineRun(def, ctx, variables);
    const state = JSON.parse(inflateRawSync(engineState).toString('utf8')) as EngineState;
    run.engine.recover(state as never);
    await run.guard(() => run.engine.resume({ listener: run.listener } as never));
    return run;
  }

  /**
   * Takes a live run kept from an earlier step of the same instance at the same stored revision
   * into a new step: the step's context and clock, the stored variables.
   */
  rebind(ctx: StepContext, variables: Record<string, unknown>): this {
    this.listener.removeAllListeners();
    this.ctx = ctx;
    this.budget = new StepBudget();
    this.watchBudget();
    attachExtensions(this.listener, ctx, this.variables);
    this.timers.shiftMs = ctx.now().getTime() - Date.now();
    this.timers.stepNow = ctx.now();
    for (const key of Object.keys(this.variables)) delete this.variables[key];
    Object.assign(this.variables, variables);
    return this;
  }

  private async guard(action: () => unknown): Promise<void> {
    try {
      await this.budget.measure(async () => {
        await action();
      });
    } catch (err) {
      this.error ??= err as Error;
    }
  }

  /** The budget fault of this run, when the step went over it. */
  get overBudget(): boolean {
    return this.error instanceof StepBudgetExceeded;
  }

  /** Merges data into the instance variables (top level, as Camunda 8 does). */
  mergeVariables(data: Record<string, unknown>): void {
    Object.assign(this.variables, data);
  }

  /** Activities waiting now: user tasks, receive/catch events, call activities, timers. */
  postponed(): PostponedApi[] {
    const execution = this.engine.execution as unknown as { getPostponed(): PostponedApi[] } | undefined;
    if (!execution || this.ended) return [];
    const seen = new Set<string>();
    const all: PostponedApi[] = [];
    const visit = (api: PostponedApi & { getPostponed?: () => PostponedApi[] }) => {
      if (seen.has(api.executionId)) return;
      seen.add(api.executionId);
      all.push(api);
      if (api.type === 'bpmn:SubProcess' && api.getPostponed) api.getPostponed().forEach(visit);
    };
    execution.getPostponed().forEach(visit);
    return all;
  }

  /** Signals the waiting activity execution (task completion, child end); false when it does not wait. */
  async signalExecution(executionId: string, payload: Record<string, unknown> = {}): Promise<boolean> {
    const api = this.postponed().find((a) => a.executionId === executionId);
    if (!api) return false;
    await this.guard(() => api.signal(payload));
    return true;
  }

  /** Delivers a message by its BPMN message id to whatever waits for it. */
  async signalMessage(messageId: string): Promise<void> {
    const execution = this.engine.execution as unknown as { signal(m: unknown): void };
    await this.guard(() => execution.signal({ id: messageId }));
  }

  /** Fires every timer due at `now`, again and again until none is due (cycles, chained timers). */
  async settle(now: Date): Promise<number> {
    let fired = 0;
    for (let round = 0; !this.ended && !this.error; round++) {
      const due = this.timers.due(now);
      if (!due.length) break;
      // Timers that come due again and again within one step are a loop that never waits.
      if (round >= MAX_TIMER_ROUNDS) {
        this.error = new StepBudgetExceeded(due[0].owner?.id ?? null, `${MAX_TIMER_ROUNDS} rounds of due timers`);
        break;
      }
      for (const ref of due) {
        await this.guard(() => this.timers.fire(ref));
        fired++;
      }
    }
    return fired;
  }

  /** The compressed state to store, without the definition source or variables; the engine stays live. */
  async snapshot(): Promise<Buffer | null> {
    if (this.ended) return null;
    const state = (await this.engine.getState()) as unknown as EngineState;
    for (const d of state.definitions) delete d.source;
    return deflateRawSync(Buffer.from(JSON.stringify(state, withoutVariables), 'utf8'));
  }

  /**
   * Lets the engine go. It schedules nothing in memory (DurableTimers keeps no real timer), so
   * dropping the listeners is enough; stopping it would publish a stop through every element.
   */
  dispose(): void {
    this.listener.removeAllListeners();
    this.engine.removeAllListeners();
  }
}
