/**
 * Wires the Polku engine: a store, the runtime over bpmn-engine with our extensions, the project's
 * BPMN lint rules at deployment, and optionally the timer loop.
 */
import type { PolkuEngineApi } from './api.js';
import type { Store } from './store/Store.js';
import type { BpmnLinter } from './runtime/deploy.js';
import { PolkuEngine } from './runtime/PolkuEngine.js';
import type { StepObserver } from './runtime/stepObserver.js';
import { TimerLoop } from './timers/TimerLoop.js';

export interface CreateEngineOptions {
  store: Store;
  clock?: () => Date;
  /** Lint rules run at deployment; default: the project's rules from processes/lint when present. */
  lint?: BpmnLinter | false;
  /** Poll interval of the timer loop in ms; no loop when omitted (tests fire timers themselves). */
  timerIntervalMs?: number;
  onTimerError?: (err: unknown) => void;
  /** Live engines of recently active instances kept for their next step (default 100, about 0.4 MB of heap each; 0: none). */
  liveEngines?: number;
  /** Told of every committed step and fired timer (metrics). */
  observer?: StepObserver;
  /** How long a claimed timer belongs to this process (default 60 s); a process that died gives its timers up after this. */
  timerLeaseMs?: number;
}

/** The project's lint rules, loaded lazily so the engine runs where processes/ is absent. */
async function projectLinter(): Promise<BpmnLinter | undefined> {
  const specifier = '../processes/lint/index.js';
  try {
    const mod = (await import(specifier)) as { lintBpmnXml?: BpmnLinter };
    return mod.lintBpmnXml;
  } catch {
    return undefined;
  }
}

/** Creates the engine on an initialised store. */
export async function createEngine(options: CreateEngineOptions): Promise<PolkuEngineApi & { store: Store }> {
  const lint = options.lint === false ? undefined : (options.lint ?? (await projectLinter()));
  const engine = new PolkuEngine({
    store: options.store,
    clock: options.clock,
    lint,
    onStepError: options.onTimerError,
    liveEngines: options.liveEngines,
    observer: options.observer,
    timerLeaseMs: options.timerLeaseMs,
  });
  if (options.timerIntervalMs) {
    const loop = new TimerLoop(engine, options.timerIntervalMs, options.onTimerError);
    const close = engine.close.bind(engine);
    engine.close = async () => {
      // Stop the firing first, so the loop's run in progress ends soon and gives its leases back.
      engine.stopTimers();
      await loop.stop();
      await close();
    };
    loop.start();
  }
  return engine;
}

export type { PolkuEngineApi } from './api.js';
export { PolkuEngine } from './runtime/PolkuEngine.js';
export type { StepKind, StepObserver } from './runtime/stepObserver.js';
export { encodeCursor } from './runtime/PolkuEngine.js';
