/** Pending timers leased to one engine process at a time, and message subscriptions. */

export interface TimerRecord {
  id: string;
  instanceId: string;
  activityId: string;
  executionId: string;
  dueAt: string;
  /** Failed firings so far; only set on timers returned by `claimDueTimers`. */
  attempts?: number;
}

export interface SubscriptionRecord {
  instanceId: string;
  messageName: string;
  activityId: string;
  executionId: string;
}

/** Pending timers leased to one engine process at a time, and message subscriptions. */
export interface TimerStore {
  /** Timers due at or before `now`, oldest first. */
  listDueTimers(now: string, limit: number): Promise<TimerRecord[]>;
  /** Leases up to `limit` due timers of running instances whose lease is free or expired at `now` to `owner` until `leaseUntil`, oldest first; atomic, so two callers never get the same timer. */
  claimDueTimers(now: string, owner: string, leaseUntil: string, limit: number): Promise<TimerRecord[]>;
  /** Gives a timer `owner` still leases back: a failure counts one attempt and holds it until `retryAt` (null: free at once); returns its attempts, or null when the lease was lost (the timer fired or was re-leased). */
  releaseTimer(id: string, owner: string, failure: { retryAt: string } | null): Promise<number | null>;
  /** The earliest pending timer's due time, or null. */
  nextTimerDue(): Promise<string | null>;
  /** Subscriptions of an instance waiting for a message name. */
  findSubscriptions(instanceId: string, messageName: string): Promise<SubscriptionRecord[]>;
}
