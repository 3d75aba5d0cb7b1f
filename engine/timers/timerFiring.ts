/**
 * Fires due timers, each instance on its own: timers are leased from the store (an owner and an
 * expiry, taken atomically), so two engine processes never work on the same rows and a row whose
 * owner died comes back when its lease expires. A failure of one instance — an engine error, a
 * state that cannot be read, anything thrown — touches that instance only: its timers wait with a
 * backoff and, after the last attempt, the instance gets an incident with every wait kept.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import { incidentCommit, MAX_ATTEMPTS, RETRY_BACKOFF_MS } from '../runtime/incidents.js';
import type { StepRunner } from '../runtime/StepRunner.js';
import type { StepObserver } from '../runtime/stepObserver.js';
import type { Store, TimerRecord } from '../store/Store.js';

/** How long a claimed timer belongs to its owner; a process that dies gives it up after this. */
export const LEASE_MS = 60_000;
/** Timers claimed at once; a batch is well done before its leases expire. */
const BATCH = 50;
/** Batches in one call at most, so one call always ends. */
const MAX_BATCHES = 200;

export class TimerFiring {
  /** This process's lease owner id. */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly runner: StepRunner,
    private readonly onError: (err: unknown, instanceId: string) => void = () => {},
    private readonly observer?: StepObserver,
    private readonly leaseMs = LEASE_MS,
  ) {}

  /** Takes no more timers; a run in progress gives back the leases it has not fired yet (shutdown). */
  stop(): void {
    this.stopped = true;
  }

  /** Fires what is due at `now`; returns how many timers fired. */
  async fireDue(now: Date): Promise<number> {
    let fired = 0;
    const seen = new Set<string>();
    for (let batch = 0; batch < MAX_BATCHES && !this.stopped; batch++) {
      const leaseUntil = new Date(now.getTime() + this.leaseMs).toISOString();
      const claimed = await this.store.claimDueTimers(now.toISOString(), this.owner, leaseUntil, BATCH);
      const fresh = claimed.filter((t) => !seen.has(t.id));
      claimed.forEach((t) => seen.add(t.id));
      const byInstance = new Map<string, TimerRecord[]>();
      for (const t of claimed) byInstance.set(t.instanceId, [...(byInstance.get(t.instanceId) ?? []), t]);
      for (const [instanceId, timers] of byInstance) {
        // Shutting down: the leases not yet fired go back now, not when they expire.
        if (this.stopped) await this.release(timers).catch((err: unknown) => this.onError(err, instanceId));
        else fired += await this.fireInstance(instanceId, timers, now);
      }
      // A short batch was the last; one of only rows seen before (given back after a race) too.
      if (claimed.length < BATCH || !fresh.length) break;
    }
    return fired;
  }

  /** One step of one instance with its due timers; never throws. */
  private async fireInstance(instanceId: string, timers: TimerRecord[], now: Date): Promise<number> {
    const attempts = Math.max(0, ...timers.map((t) => t.attempts ?? 0)) + 1;
    const began = performance.now();
    try {
      const step = await this.runner.step(instanceId, async () => {}, { now, attempts, failed: { kind: 'timer' } });
      if (step.instance.state === 'failed' && attempts < MAX_ATTEMPTS) {
        await this.defer(timers, now, attempts);
        return 0;
      }
      await this.store.commitStep(step);
      this.runner.committed(step);
      const failed = step.instance.state === 'failed';
      this.observer?.stepCommitted('timer', (performance.now() - began) / 1000, failed);
      if (!failed) for (const t of timers) this.observer?.timerFired(Math.max(0, now.getTime() - Date.parse(t.dueAt)) / 1000);
      return failed ? 0 : timers.length;
    } catch (err) {
      // Another process moved the instance first, or it ended: its commit replaced these rows.
      if (err instanceof AppError && (err.code === 'conflict' || err.code === 'not_found')) {
        await this.release(timers);
        return 0;
      }
      this.onError(err, instanceId);
      await this.failOutsideEngine(instanceId, timers, now, attempts, err);
      return 0;
    }
  }

  /** A failure the runner could not turn into an incident itself (it threw): retry later, or record it. */
  private async failOutsideEngine(instanceId: string, timers: TimerRecord[], now: Date, attempts: number, error: unknown): Promise<void> {
    try {
      const instance = attempts >= MAX_ATTEMPTS ? await this.store.getInstance(instanceId) : null;
      if (instance && instance.state === 'running') {
        await this.store.commitStep(incidentCommit(instance, { error, action: { kind: 'timer' }, attempts, at: now.toISOString() }));
      } else {
        await this.defer(timers, now, attempts);
      }
    } catch (again) {
      // The store itself fails: the leases expire and the next tick tries again.
      this.onError(again, instanceId);
    }
  }

  private async defer(timers: TimerRecord[], now: Date, attempts: number): Promise<void> {
    const backoff = RETRY_BACKOFF_MS[Math.min(attempts, RETRY_BACKOFF_MS.length) - 1];
    const retryAt = new Date(now.getTime() + backoff).toISOString();
    for (const t of timers) await this.store.releaseTimer(t.id, this.owner, { retryAt });
  }

  private async release(timers: TimerRecord[]): Promise<void> {
    for (const t of timers) await this.store.releaseTimer(t.id, this.owner, null);
  }
}
