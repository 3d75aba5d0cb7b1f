/** The account change log in PostgreSQL: one append-only row per change (a trigger refuses changes), read newest first. */
import type pg from 'pg';
import type { AccountChangeRecord } from '../ports/accountChanges.js';
import { all } from './pool.js';

const T = 'TEXT COLLATE "C"';

/** Migration 5: the table, its indexes and the append-only trigger. */
export const ACCOUNT_CHANGES_SQL = `
CREATE TABLE account_changes (
  seq BIGSERIAL PRIMARY KEY, at ${T} NOT NULL, actor ${T} NOT NULL, user_id ${T} NOT NULL,
  username ${T} NOT NULL, change TEXT NOT NULL
);
CREATE INDEX account_changes_at ON account_changes (at, seq);
CREATE INDEX account_changes_user ON account_changes (user_id, at, seq);
CREATE FUNCTION account_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the account change log is append only'; END $$;
CREATE TRIGGER account_changes_no_change BEFORE UPDATE OR DELETE ON account_changes FOR EACH ROW EXECUTE FUNCTION account_changes_append_only();
`;

export async function appendAccountChange(pool: pg.Pool, r: AccountChangeRecord): Promise<void> {
  await pool.query('INSERT INTO account_changes (at, actor, user_id, username, change) VALUES ($1, $2, $3, $4, $5)', [
    r.at,
    r.actor,
    r.userId,
    r.username,
    r.change,
  ]);
}

export async function listAccountChanges(pool: pg.Pool, limit: number, userId?: string): Promise<AccountChangeRecord[]> {
  const where = userId === undefined ? '' : 'WHERE user_id = @userId';
  const found = await all(
    pool,
    `SELECT at, actor, user_id, username, change FROM account_changes ${where} ORDER BY at DESC, seq DESC LIMIT @limit`,
    { userId, limit },
  );
  return found.map((r) => ({
    at: String(r.at),
    actor: String(r.actor),
    userId: String(r.user_id),
    username: String(r.username),
    change: String(r.change),
  }));
}
