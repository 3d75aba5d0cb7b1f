/**
 * Whether this process can serve: the store answers and the process is not shutting down. A
 * request that fails because the store is unavailable marks it down; while down, API requests
 * get 503 at once without touching the store (so nothing is half-done and no request waits on
 * a dead store), and a probe pings the store every second until it answers again.
 */
import type { RequestHandler } from 'express';
import { AppError } from '../engine/errors.js';
import { isStoreUnavailable, storeUnavailable } from '../engine/store/unavailable.js';
import type { StoreLifecycle } from '../engine/store/ports/lifecycle.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';

const PROBE_MS = 1_000;

export class StoreHealth {
  private down = false;
  private draining = false;
  private probe: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Pick<StoreLifecycle, 'ping'>,
    private readonly metrics: Metrics,
    private readonly logger: Logger,
  ) {}

  /** True while the store is known to be unavailable. */
  get storeDown(): boolean {
    return this.down;
  }

  /** True once shutdown began: readiness is false and new API requests are refused. */
  get shuttingDown(): boolean {
    return this.draining;
  }

  /** Readiness: not shutting down, and the store answers now. */
  async ready(): Promise<boolean> {
    if (this.draining) return false;
    if (this.down) return false;
    const up = await this.store.ping();
    if (!up) this.markDown();
    return up;
  }

  /** Looks at a failure; true (and the store marked down) when it was the store being unavailable. */
  noteError(err: unknown): boolean {
    if (!isStoreUnavailable(err)) return false;
    this.metrics.countStoreError();
    if (!this.draining) this.markDown();
    return true;
  }

  /** Starts refusing new requests (shutdown); stops the probe. */
  beginShutdown(): void {
    this.draining = true;
    this.stopProbe();
  }

  /** Stops the probe (the app is closing). */
  stopProbe(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }

  /** Middleware: 503 at once while shutting down (closing the connection) or while the store is down. */
  gate(): RequestHandler {
    return (_req, res, next) => {
      if (this.draining) {
        res.setHeader('Connection', 'close');
        next(new AppError('unavailable', 'the server is shutting down; try again'));
      } else if (this.down) next(storeUnavailable());
      else next();
    };
  }

  private markDown(): void {
    if (this.down) return;
    this.down = true;
    this.metrics.setStoreUp(false);
    this.logger.log('error', 'store unavailable: answering 503 until it answers again');
    this.probe = setInterval(() => void this.check(), PROBE_MS);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    if (!(await this.store.ping())) return;
    this.down = false;
    this.stopProbe();
    this.metrics.setStoreUp(true);
    this.logger.log('info', 'store available again');
  }
}
