/**
 * Brings stored timers back when they come due: polls the store, fires what is due, and on start
 * fires at once whatever came due while no engine was running. Runs never overlap; with several
 * engine processes each timer is leased to one of them (engine/timers/timerFiring.ts), and the
 * instance revision check keeps a step from committing twice.
 */
import type { PolkuEngineApi } from '../api.js';

export class TimerLoop {
  private handle: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly engine: Pick<PolkuEngineApi, 'fireDueTimers'>,
    private readonly intervalMs: number,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** Fires due timers now, then every interval until stopped. */
  start(): void {
    this.stopped = false;
    this.tick();
  }

  private tick(): void {
    if (this.stopped) return;
    this.running = this.engine
      .fireDueTimers()
      .then(() => undefined)
      .catch(this.onError)
      .finally(() => {
        this.running = null;
        if (!this.stopped) this.handle = setTimeout(() => this.tick(), this.intervalMs);
      });
  }

  /** Stops polling and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
    await this.running;
  }
}
