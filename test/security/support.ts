/** Helpers for hostile-request tests: raw requests with any bytes, and a digest of the whole SQLite store. */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { SqliteStore } from '../../engine/store/sqlite/index.js';
import type { Store } from '../../engine/store/Store.js';

/** Sends raw bytes (or none) with the given headers; returns status and text. */
export async function raw(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<{ status: number; text: string }> {
  const res = await fetch(url + path, {
    method,
    headers,
    body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body),
  });
  return { status: res.status, text: await res.text() };
}

/**
 * A sha256 over every row of every table, in a fixed order. Login failures are left out on purpose:
 * a refused login is supposed to be counted. Sessions count by id only (their activity time moves).
 */
export function storeDigest(store: Store): string {
  const db = new Database((store as SqliteStore).file, { readonly: true });
  try {
    const hash = createHash('sha256');
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
        name: string;
      }[]
    )
      .map((t) => t.name)
      .filter((t) => t !== 'login_failures');
    for (const table of tables) {
      const rows = table === 'sessions' ? db.prepare('SELECT id FROM sessions').all() : db.prepare(`SELECT * FROM ${table}`).all();
      // Sorted as text: some tables have no rowid (WITHOUT ROWID), and row order is not the point.
      const texts = rows.map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v))).sort();
      hash.update(table + JSON.stringify(texts));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}
