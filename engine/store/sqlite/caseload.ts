/**
 * Caseload places in the SQLite store (DOMAIN §7: at most 20 IPS clients per coach). A place is a
 * row per path naming its holder; only running paths count, and places of ended paths are dropped
 * when the holder's caseload is next taken from, so the count stays an indexed count of a few rows.
 */
import type Database from 'better-sqlite3';
import type { CaseloadPlace, WaitingEntry, WaitingQuery } from '../Store.js';

type Prepare = (sql: string) => Database.Statement;

export const CASELOAD_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS caseload_places (
  instance_id TEXT PRIMARY KEY,
  process_key TEXT NOT NULL,
  holder TEXT NOT NULL,
  taken_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS caseload_places_holder ON caseload_places (process_key, holder);
CREATE INDEX IF NOT EXISTS subscriptions_message ON subscriptions (message_name, instance_id);
`;

const RUNNING_OTHERS = `
  SELECT COUNT(*) AS n FROM caseload_places c JOIN instances i ON i.id = c.instance_id
   WHERE c.process_key = ? AND c.holder = ? AND c.instance_id <> ? AND i.state = 'running'`;

/** Run inside one transaction: drops the holder's ended places, counts the others, takes (or keeps) the instance's place when below the limit. */
export function takeCaseloadPlace(prepare: Prepare, p: CaseloadPlace, limit: number): boolean {
  prepare(
    `DELETE FROM caseload_places WHERE process_key = ? AND holder = ?
        AND instance_id NOT IN (SELECT id FROM instances WHERE state = 'running')`,
  ).run(p.processKey, p.holder);
  const { n } = prepare(RUNNING_OTHERS).get(p.processKey, p.holder, p.instanceId) as { n: number };
  if (n >= limit) return false;
  prepare(
    `INSERT INTO caseload_places (instance_id, process_key, holder, taken_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (instance_id) DO UPDATE SET process_key = excluded.process_key, holder = excluded.holder, taken_at = excluded.taken_at
     WHERE caseload_places.holder <> excluded.holder`,
  ).run(p.instanceId, p.processKey, p.holder, p.takenAt);
  return true;
}

/** Removes the instance's place; no error if none. */
export function releaseCaseloadPlace(prepare: Prepare, instanceId: string): void {
  prepare('DELETE FROM caseload_places WHERE instance_id = ?').run(instanceId);
}

/** Running paths per holder among `holders`; a holder with none is 0. */
export function countCaseloads(prepare: Prepare, processKey: string, holders: string[]): Map<string, number> {
  const counts = new Map(holders.map((h) => [h, 0]));
  if (!holders.length) return counts;
  const rows = prepare(
    `SELECT c.holder AS holder, COUNT(*) AS n FROM caseload_places c JOIN instances i ON i.id = c.instance_id
      WHERE c.process_key = ? AND c.holder IN (SELECT value FROM json_each(?)) AND i.state = 'running'
      GROUP BY c.holder`,
  ).all(processKey, JSON.stringify(holders)) as { holder: string; n: number }[];
  for (const r of rows) counts.set(r.holder, r.n);
  return counts;
}

/** Running paths waiting for the message, by when they first entered the waiting activity, then id. */
export function listWaiting(prepare: Prepare, q: WaitingQuery): WaitingEntry[] {
  const rows = prepare(
    `SELECT i.id AS id, i.client_ref AS client_ref,
            (SELECT MIN(h.started_at) FROM history h WHERE h.instance_id = i.id AND h.activity_id = ?) AS since
       FROM subscriptions s JOIN instances i ON i.id = s.instance_id
      WHERE s.message_name = ? AND i.process_key = ? AND i.state = 'running'
      GROUP BY i.id
      ORDER BY since, i.id`,
  ).all(q.activityId, q.messageName, q.processKey) as { id: string; client_ref: string | null; since: string | null }[];
  return rows.map((r) => ({ instanceId: r.id, clientRef: r.client_ref, since: r.since ?? '' }));
}
