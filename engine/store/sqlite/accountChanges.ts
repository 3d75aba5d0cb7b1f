/** The account change log in SQLite: one append-only row per change, read newest first. */
import type Database from 'better-sqlite3';
import type { AccountChangeRecord } from '../ports/accountChanges.js';

type Prepare = (sql: string) => Database.Statement;

export const ACCOUNT_CHANGES_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS account_changes (
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  user_id TEXT NOT NULL,
  username TEXT NOT NULL,
  change TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS account_changes_at ON account_changes (at);
CREATE INDEX IF NOT EXISTS account_changes_user ON account_changes (user_id, at);
CREATE TRIGGER IF NOT EXISTS account_changes_append_only_update BEFORE UPDATE ON account_changes
  BEGIN SELECT RAISE(ABORT, 'the account change log is append only'); END;
CREATE TRIGGER IF NOT EXISTS account_changes_append_only_delete BEFORE DELETE ON account_changes
  BEGIN SELECT RAISE(ABORT, 'the account change log is append only'); END;
`;

export function appendAccountChange(prepare: Prepare, r: AccountChangeRecord): void {
  prepare('INSERT INTO account_changes (at, actor, user_id, username, change) VALUES (?, ?, ?, ?, ?)').run(
    r.at,
    r.actor,
    r.userId,
    r.username,
    r.change,
  );
}

export function listAccountChanges(prepare: Prepare, limit: number, userId?: string): AccountChangeRecord[] {
  const rows = (
    userId === undefined
      ? prepare('SELECT at, actor, user_id, username, change FROM account_changes ORDER BY at DESC, rowid DESC LIMIT ?').all(limit)
      : prepare(
          'SELECT at, actor, user_id, username, change FROM account_changes WHERE user_id = ? ORDER BY at DESC, rowid DESC LIMIT ?',
        ).all(userId, limit)
  ) as { at: string; actor: string; user_id: string; username: string; change: string }[];
  return rows.map((r) => ({ at: r.at, actor: r.actor, userId: r.user_id, username: r.username, change: r.change }));
}
