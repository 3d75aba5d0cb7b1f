/** Opening, probing and closing the database: every adapter. */

/** Opening, probing and closing the database: every adapter. */
export interface StoreLifecycle {
  /** Creates tables/indexes if missing; safe to call on every start. */
  init(): Promise<void>;
  /** True when the database answers; never throws. */
  ping(): Promise<boolean>;
  /** Releases the connection. */
  close(): Promise<void>;
}
