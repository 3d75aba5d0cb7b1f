/**
 * Live engines of recently active instances, so that the next step of an instance skips building
 * and recovering bpmn-engine from the stored state. An entry holds the run and the revision its
 * state was committed at; a step takes it (removing it, so no two steps share one engine) only
 * when the stored revision is still that one, else recovers from the store (another process moved
 * the instance). Runs are put back only after their commit succeeded. The store stays the truth:
 * losing the cache loses nothing. Bounded: the least recently used is dropped.
 */
import type { EngineRun } from './EngineRun.js';

export class LiveEngines {
  private readonly entries = new Map<string, { revision: number; run: EngineRun }>();

  constructor(
    private readonly max: number,
    private readonly onTake: (hit: boolean) => void = () => {},
  ) {}

  /** The live run of an instance at this stored revision, taken out of the cache; null when none. */
  take(instanceId: string, revision: number): EngineRun | null {
    const entry = this.entries.get(instanceId);
    if (entry) this.entries.delete(instanceId);
    const hit = entry?.revision === revision;
    this.onTake(hit);
    if (hit) return entry.run;
    entry?.run.dispose();
    return null;
  }

  /** Keeps a run whose step committed at `revision`. */
  put(instanceId: string, revision: number, run: EngineRun): void {
    if (this.max <= 0) return run.dispose();
    this.entries.get(instanceId)?.run.dispose();
    this.entries.delete(instanceId);
    this.entries.set(instanceId, { revision, run });
    while (this.entries.size > this.max) {
      const [oldest, entry] = this.entries.entries().next().value as [string, { run: EngineRun }];
      this.entries.delete(oldest);
      entry.run.dispose();
    }
  }

  /** Drops an instance's run (it ended, failed, or was changed outside a step). */
  drop(instanceId: string): void {
    this.entries.get(instanceId)?.run.dispose();
    this.entries.delete(instanceId);
  }

  /** How many runs are live. */
  get size(): number {
    return this.entries.size;
  }
}
