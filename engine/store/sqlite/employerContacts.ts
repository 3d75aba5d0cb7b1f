/** The job coaches' employer contacts log in SQLite (DOMAIN §7): rows per coach and day, summed per ISO week by an index. */
import type Database from 'better-sqlite3';
import type { EmployerContactRecord, EmployerContactWeek } from '../Store.js';

type Prepare = (sql: string) => Database.Statement;

export const EMPLOYER_CONTACTS_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS employer_contacts (
  id TEXT PRIMARY KEY,
  coach TEXT NOT NULL,
  contacted_on TEXT NOT NULL,
  iso_week TEXT NOT NULL,
  employers INTEGER NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS employer_contacts_week ON employer_contacts (iso_week, coach, employers);
`;

export function recordEmployerContacts(prepare: Prepare, r: EmployerContactRecord): void {
  prepare('INSERT INTO employer_contacts (id, coach, contacted_on, iso_week, employers, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    r.id,
    r.coach,
    r.contactedOn,
    r.isoWeek,
    r.employers,
    r.recordedAt,
  );
}

export function employerContactWeeks(prepare: Prepare, fromWeek: string, toWeek: string): EmployerContactWeek[] {
  const rows = prepare(
    `SELECT coach, iso_week, SUM(employers) AS employers FROM employer_contacts
      WHERE iso_week >= ? AND iso_week <= ? GROUP BY iso_week, coach ORDER BY iso_week, coach`,
  ).all(fromWeek, toWeek) as { coach: string; iso_week: string; employers: number }[];
  return rows.map((r) => ({ coach: r.coach, isoWeek: r.iso_week, employers: r.employers }));
}
