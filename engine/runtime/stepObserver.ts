/**
 * What the engine tells the outside about its steps, for metrics: the engine counts nothing itself
 * and knows no metrics library. The server's `Metrics` (web/metrics.ts) implements it.
 */

/** What a step did: the public action it served, or a due timer. */
export type StepKind = 'start' | 'complete' | 'message' | 'timer' | 'retry' | 'cancel' | 'migrate';

export interface StepObserver {
  /** A step committed after `seconds` (run and commit); `incident` when it left the instance failed. */
  stepCommitted(kind: StepKind, seconds: number, incident: boolean): void;
  /** A due timer fired `lagSeconds` after its due time. */
  timerFired(lagSeconds: number): void;
  /** A step of a stored instance found its live engine kept from the last step (`hit`) or recovered it from the store. */
  liveEngineTaken?(hit: boolean): void;
}
