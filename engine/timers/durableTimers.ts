/**
 * The `timers` option of bpmn-engine for a durable run: nothing is scheduled in memory. A run
 * registers its timers here; the runner fires those already due, and stores the rest as timer
 * rows that the timer loop brings back when they come due, in this process or another.
 */
import { Timers } from 'bpmn-elements';

interface TimerRef {
  owner: { id?: string; executionId?: string; isResumed?: boolean; timerType?: string; expireAt?: Date } | null;
  expireAt: Date;
  /** The delay bpmn-elements asked for, in ms. */
  delay?: number;
  callback: (...args: unknown[]) => void;
  args: unknown[];
  timerRef: unknown;
}

export interface PendingTimer {
  activityId: string;
  executionId: string;
  dueAt: Date;
}

/**
 * A duration or cycle timer shorter than this is due at the step's own time: it fires in the same
 * step (within its budget), so a zero-length timer in a loop is a runaway step that becomes an
 * incident, not a stream of timer steps that never ends.
 */
export const IMMEDIATE_MS = 1_000;

export class DurableTimers {
  readonly timers = new Timers({ setTimeout: () => null, clearTimeout: () => undefined } as never);

  /**
   * @param shiftMs how far the step's time is from the wall clock (0 in production; days when a
   * test fires timers in the future). bpmn-elements computes a new duration or cycle timer from
   * the wall clock, so such a timer created in the step is moved by this much; a timeDate is a
   * moment already and a resumed timer keeps its stored due time.
   */
  constructor(public shiftMs = 0) {}

  /** The step's time (the engine's clock), set by the run for each step. */
  stepNow: Date | null = null;

  /** Each timer's due time, fixed when first seen: a live run kept for later steps keeps its timers' times. */
  private readonly fixed = new WeakMap<TimerRef, Date>();

  private refs(): TimerRef[] {
    return (this.timers as unknown as { executing: TimerRef[] }).executing;
  }

  private dueAt(ref: TimerRef): Date {
    let at = this.fixed.get(ref);
    if (!at) {
      if (ref.owner?.isResumed) at = ref.expireAt;
      else if (ref.owner?.timerType === 'timeDate' && ref.owner.expireAt) at = new Date(ref.owner.expireAt);
      else if (this.stepNow && typeof ref.delay === 'number' && ref.delay < IMMEDIATE_MS) at = this.stepNow;
      else at = new Date(ref.expireAt.getTime() + this.shiftMs);
      this.fixed.set(ref, at);
    }
    return at;
  }

  /** Timers of the run that are due at `now`. */
  due(now: Date): TimerRef[] {
    return this.refs().filter((t) => t.owner?.executionId && this.dueAt(t).getTime() <= now.getTime());
  }

  /** Fires one timer as if its time had come. */
  fire(ref: TimerRef): void {
    this.timers.clearTimeout(ref as never);
    ref.callback(...ref.args);
  }

  /** The timers still waiting after the run, to be stored. */
  pending(): PendingTimer[] {
    return this.refs()
      .filter((t) => t.owner?.executionId)
      .map((t) => ({ activityId: String(t.owner?.id), executionId: String(t.owner?.executionId), dueAt: this.dueAt(t) }));
  }
}
