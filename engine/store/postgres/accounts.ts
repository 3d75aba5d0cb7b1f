/** Accounts, sessions, the login throttle, display names and the access log in the PostgreSQL database. */
import type pg from 'pg';
import { conflict } from '../../errors.js';
import type {
  AccountChangeLog,
  AccountChangeRecord,
  AccountStore,
  AuditLog,
  AuditRecord,
  DisplayNameStore,
  SessionRecord,
  UserRecord,
} from '../Store.js';
import * as accountChanges from './accountChanges.js';
import * as rows from '../sqlite/rows.js';
import { all, inTransaction, isUniqueViolation, one } from './pool.js';
import { insertAudit } from './steps.js';

/** The account, account-change, display-name and access-log parts of the store over one pool. */
export class PgAccounts implements AccountStore, AccountChangeLog, AuditLog, DisplayNameStore {
  constructor(readonly pool: pg.Pool) {}

  appendAccountChange(entry: AccountChangeRecord): Promise<void> {
    return accountChanges.appendAccountChange(this.pool, entry);
  }

  listAccountChanges(limit: number, userId?: string): Promise<AccountChangeRecord[]> {
    return accountChanges.listAccountChanges(this.pool, limit, userId);
  }

  async saveUser(u: UserRecord): Promise<void> {
    try {
      await this.pool.query(
        `INSERT INTO users (id, username, display_name, roles, password_hash, created_at, disabled) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name,
           roles = excluded.roles, password_hash = excluded.password_hash, disabled = excluded.disabled`,
        [u.id, u.username, u.displayName, JSON.stringify(u.roles), u.passwordHash, u.createdAt, u.disabled ? 1 : 0],
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('the username is taken');
      throw err;
    }
  }

  async findUserByUsername(username: string): Promise<UserRecord | null> {
    const r = await one(this.pool, 'SELECT * FROM users WHERE username = @username', { username });
    return r ? rows.toUser(r) : null;
  }

  async getUser(id: string): Promise<UserRecord | null> {
    const r = await one(this.pool, 'SELECT * FROM users WHERE id = @id', { id });
    return r ? rows.toUser(r) : null;
  }

  async countUsers(): Promise<number> {
    return Number((await one(this.pool, 'SELECT COUNT(*) AS n FROM users'))!.n);
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await all(this.pool, 'SELECT * FROM users ORDER BY username')).map(rows.toUser);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [s.id, s.userId, s.csrfToken, s.createdAt, s.expiresAt, s.lastSeenAt ?? null],
    );
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const r = await one(this.pool, 'SELECT * FROM sessions WHERE id = @id', { id });
    return r ? rows.toSession(r) : null;
  }

  async touchSession(id: string, lastSeenAt: string): Promise<void> {
    await this.pool.query('UPDATE sessions SET last_seen_at = $1 WHERE id = $2', [lastSeenAt, id]);
  }

  async deleteSession(id: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id = $1', [id]);
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  }

  async recordLoginFailure(key: string, at: string, forgetBefore: string): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM login_failures WHERE key = $1 AND at < $2', [key, forgetBefore]);
      await c.query('INSERT INTO login_failures (key, at) VALUES ($1, $2)', [key, at]);
    });
  }

  async countLoginFailures(key: string, since: string): Promise<number> {
    return Number((await one(this.pool, 'SELECT COUNT(*) AS n FROM login_failures WHERE key = @key AND at >= @since', { key, since }))!.n);
  }

  async clearLoginFailures(key: string): Promise<void> {
    await this.pool.query('DELETE FROM login_failures WHERE key = $1', [key]);
  }

  async listDisplayNames(userIds: string[]): Promise<Map<string, string>> {
    const found = await all(this.pool, 'SELECT id, display_name FROM users WHERE id = ANY(@ids)', { ids: [...new Set(userIds)] });
    return new Map(found.map((r) => [r.id as string, r.display_name as string]));
  }

  async appendAudit(entries: AuditRecord[]): Promise<void> {
    if (entries.length) await inTransaction(this.pool, (c) => insertAudit(c, entries));
  }

  async listAudit(clientRef: string): Promise<AuditRecord[]> {
    return (await all(this.pool, 'SELECT * FROM audit WHERE client_ref = @clientRef ORDER BY seq', { clientRef })).map(rows.toAudit);
  }
}
