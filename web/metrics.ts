/**
 * Prometheus metrics of one server process (prom-client, a registry of its own so that several
 * apps in one test process never share counters). Every figure is counted as it happens: reading
 * /metrics runs no query over client paths and no label carries client data (no ids, no paths).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { StepKind, StepObserver } from '../engine/index.js';

export class Metrics implements StepObserver {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'polku_http_requests_total',
    help: 'HTTP requests by method and status.',
    labelNames: ['method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly steps = new Counter({
    name: 'polku_steps_total',
    help: 'Committed engine steps by kind (start, complete, message, timer, retry, cancel, migrate).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly stepSeconds = new Histogram({
    name: 'polku_step_duration_seconds',
    help: 'Time of one engine step from its start to its commit, by kind.',
    labelNames: ['kind'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly timerLag = new Histogram({
    name: 'polku_timer_lag_seconds',
    help: 'How late a timer fired after its due time.',
    buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });
  private readonly incidents = new Counter({
    name: 'polku_incidents_total',
    help: 'Steps that left their instance failed with an incident (a new incident or one more failed attempt).',
    registers: [this.registry],
  });
  private readonly liveEngineTakes = new Counter({
    name: 'polku_live_engine_takes_total',
    help: 'Steps of a stored instance by whether its live engine was kept from the last step (hit) or recovered from the store (miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly storeErrors = new Counter({
    name: 'polku_store_errors_total',
    help: 'Operations that failed because the store could not be reached or written.',
    registers: [this.registry],
  });
  private readonly storeUp = new Gauge({
    name: 'polku_store_up',
    help: '1 while the store answers, 0 while it is unavailable.',
    registers: [this.registry],
  });

  private readonly openTasks = new Gauge({
    name: 'polku_open_tasks',
    help: 'Open user tasks (a kept counter, not a count).',
    registers: [this.registry],
  });
  private readonly runningInstances = new Gauge({
    name: 'polku_running_instances',
    help: 'Running process instances (a kept counter, not a count).',
    registers: [this.registry],
  });

  constructor() {
    this.storeUp.set(1);
  }

  /** The store's kept counters of open tasks and running paths (read from one counter row, never counted). */
  setOperationCounts(counts: { openTasks: number; runningInstances: number }): void {
    this.openTasks.set(counts.openTasks);
    this.runningInstances.set(counts.runningInstances);
  }

  /** Adds the process figures (memory, CPU, event loop lag, heap) under `polku_`; once per process, by the server. */
  collectProcessMetrics(): void {
    collectDefaultMetrics({ register: this.registry, prefix: 'polku_' });
  }

  /** Counts one finished HTTP request by method and status. */
  countRequest(method: string, status: number): void {
    this.requests.inc({ method, status: String(status) });
  }

  stepCommitted(kind: StepKind, seconds: number, incident: boolean): void {
    this.steps.inc({ kind });
    this.stepSeconds.observe({ kind }, seconds);
    if (incident) this.incidents.inc();
  }

  timerFired(lagSeconds: number): void {
    this.timerLag.observe(lagSeconds);
  }

  liveEngineTaken(hit: boolean): void {
    this.liveEngineTakes.inc({ result: hit ? 'hit' : 'miss' });
  }

  /** Counts one operation that failed because the store was unavailable. */
  countStoreError(): void {
    this.storeErrors.inc();
  }

  /** Whether the store answers now. */
  setStoreUp(up: boolean): void {
    this.storeUp.set(up ? 1 : 0);
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}
