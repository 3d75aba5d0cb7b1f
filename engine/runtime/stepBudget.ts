/**
 * The budget of one step: how many elements it may enter and how long it may run before it is
 * a runaway (a flow cycle with no wait, a zero-length timer in a loop, a huge parallel split).
 * A step over its budget stops where it is and becomes an incident of its own instance; the
 * instance keeps its last good state and every other path goes on. The limits are generous for
 * the pilots' paths (a step of theirs enters a few dozen elements in a few milliseconds).
 */
import { EngineFault } from './incidents.js';

/** Elements one step may enter (activity starts, gateways and events included). */
export const MAX_ELEMENTS_PER_STEP = 200;
/** Time one step may spend running its engine (awaits on the store between engine calls do not count), in milliseconds. */
export const MAX_STEP_MS = 400;
/** Rounds of due timers one step may fire before the timers are a loop that never waits. */
export const MAX_TIMER_ROUNDS = 100;

export interface StepLimits {
  elements: number;
  ms: number;
}

export const DEFAULT_LIMITS: StepLimits = { elements: MAX_ELEMENTS_PER_STEP, ms: MAX_STEP_MS };

/** The step was over its budget; the message names the limit and the element, nothing else. */
export class StepBudgetExceeded extends EngineFault {
  constructor(elementId: string | null, what: string) {
    super(`the step exceeded its budget (${what})${elementId ? ` at element ${elementId}` : ''}`, elementId);
  }
}

/** Counts what one step spends; `enter` throws StepBudgetExceeded once it is over. */
export class StepBudget {
  private entered = 0;
  /** Engine time spent in earlier engine calls of this step, ms. */
  private spent = 0;
  /** When the current engine call began, or null between calls. */
  private since: number | null = null;

  constructor(private readonly limits: StepLimits = DEFAULT_LIMITS) {}

  /** Runs one engine call (start, resume, signal, timer), counting its time. */
  async measure(call: () => Promise<void>): Promise<void> {
    this.since = performance.now();
    try {
      await call();
    } finally {
      this.spent += performance.now() - this.since;
      this.since = null;
    }
  }

  /** One more element entered; throws when the step is over its element or time budget. */
  enter(elementId: string): void {
    this.entered++;
    if (this.entered > this.limits.elements) throw new StepBudgetExceeded(elementId, `${this.limits.elements} elements entered`);
    // Reading the clock every few elements keeps the check cheap.
    if (this.entered % 4 === 0) this.checkTime(elementId);
  }

  /** Throws when the step's engine calls have run longer than its time budget. */
  checkTime(elementId: string | null): void {
    const running = this.since === null ? 0 : performance.now() - this.since;
    if (this.spent + running > this.limits.ms) throw new StepBudgetExceeded(elementId, `${this.limits.ms} ms`);
  }
}
