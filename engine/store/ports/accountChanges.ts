/**
 * The account change log: who changed which account, when and what (created, roles added or
 * removed, renamed, disabled, password reset). Append only, never the password or its hash; read
 * by auditors, so that an admin's changes are seen by someone other than the admin.
 */

export interface AccountChangeRecord {
  at: string;
  /** The admin who made the change (user id). */
  actor: string;
  /** The account changed (user id) and its username at the time. */
  userId: string;
  username: string;
  /** What changed, e.g. `roles +auditor -nurse`, `display name`, `disabled`, `password reset`. */
  change: string;
}

export interface AccountChangeLog {
  /** Appends one account change; entries are never changed or removed. */
  appendAccountChange(entry: AccountChangeRecord): Promise<void>;
  /** The newest account changes first, at most `limit`; only those of one account when `userId` is given. */
  listAccountChanges(limit: number, userId?: string): Promise<AccountChangeRecord[]>;
}
