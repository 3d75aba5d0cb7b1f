/**
 * The access log: who read or changed which client's data, in which role, when and why. Append
 * only; entries carry no sequence counter row that every write would contend on.
 */

export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  clientRef: string | null;
  instanceId: string | null;
  /** What was read or changed, never the data itself. */
  detail: string;
  /** The role the actor acted in (e.g. `nurse`, `auditor`); absent when not known. */
  role?: string | null;
  /** Why: the caller's part on the path (e.g. `open task healthCheck`, `responsible person`). */
  why?: string | null;
}

export interface AuditLog {
  /** Appends to the access log; entries are never changed or removed. */
  appendAudit(entries: AuditRecord[]): Promise<void>;
  /** Access log of one client, oldest first. */
  listAudit(clientRef: string): Promise<AuditRecord[]>;
}
