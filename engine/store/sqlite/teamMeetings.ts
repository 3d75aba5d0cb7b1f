/**
 * The referral report's team figures in the SQLite store: when a `team-meeting` milestone ends (the
 * meeting's timer fires) a trigger records, once per path, the path the client came to the team
 * through (the team path's parent, or the team path itself when it was started directly), that
 * path's month and organisation, and the seconds from its start to the meeting. The report reads
 * this table through its index: one row per path that met the team, never the history. (The first
 * meeting wins by ON CONFLICT DO NOTHING: an `OR IGNORE` in a trigger would yield to the history upsert.)
 */
import type Database from 'better-sqlite3';
import type { TeamMeetingFigures } from '../ReportStore.js';

type Prepare = (sql: string) => Database.Statement;

const RECORD_MEETING = `
  INSERT INTO team_meetings (path_id, source, organisation, month, met_at, wait_seconds, direct)
    SELECT p.id, p.process_key, coalesce(json_extract(p.variables, '$.organisation'), ''), substr(p.started_at, 1, 7), NEW.ended_at,
      CAST(ROUND((julianday(NEW.ended_at) - julianday(p.started_at)) * 86400) AS INTEGER), i.parent_instance_id IS NULL
    FROM instances i JOIN instances p ON p.id = coalesce(i.parent_instance_id, i.id) WHERE i.id = NEW.instance_id
  ON CONFLICT (path_id) DO NOTHING;`;

export const TEAM_MEETING_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS team_meetings (
  path_id TEXT PRIMARY KEY, source TEXT NOT NULL, organisation TEXT NOT NULL, month TEXT NOT NULL,
  met_at TEXT NOT NULL, wait_seconds INTEGER NOT NULL,
  -- 1: a team path started directly (its own source), whose started count is of direct starts only.
  direct INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS team_meetings_report ON team_meetings (month, source, organisation, wait_seconds);
CREATE TRIGGER IF NOT EXISTS team_meeting_insert AFTER INSERT ON history
  WHEN NEW.milestone = 'team-meeting' AND NEW.ended_at IS NOT NULL BEGIN ${RECORD_MEETING}
END;
CREATE TRIGGER IF NOT EXISTS team_meeting_close AFTER UPDATE OF ended_at ON history
  WHEN NEW.milestone = 'team-meeting' AND OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL BEGIN ${RECORD_MEETING}
END;
`;

/**
 * Per month, source and organisation of the paths that met the team: how many did, the nearest-rank
 * median and p90 of the seconds from the path's start to its first meeting, and how many paths of
 * that source started then (the kept referral counts; for team paths started directly, only those).
 */
export function teamMeetingFigures(prepare: Prepare, range: { from?: string; to?: string }): TeamMeetingFigures[] {
  const rows = prepare(
    `WITH m AS (
       SELECT month, source, organisation, wait_seconds, direct,
         ROW_NUMBER() OVER (PARTITION BY month, source, organisation ORDER BY wait_seconds) AS rank,
         COUNT(*) OVER (PARTITION BY month, source, organisation) AS n
       FROM team_meetings WHERE month >= @from AND month <= @to)
     SELECT m.month, m.source, m.organisation, MAX(m.n) AS reached,
       MIN(CASE WHEN m.rank >= (m.n + 1) / 2 THEN m.wait_seconds END) AS median,
       MIN(CASE WHEN m.rank >= (9 * m.n + 9) / 10 THEN m.wait_seconds END) AS p90,
       (SELECT SUM(n) FROM referral_counts r WHERE r.month = m.month AND r.process_key = m.source AND r.organisation = m.organisation
          AND (MAX(m.direct) = 0 OR r.source = '')) AS started
     FROM m GROUP BY m.month, m.source, m.organisation ORDER BY m.month, m.source, m.organisation`,
  ).all({ from: range.from ?? '0000-00', to: range.to ?? '9999-99' }) as Record<string, unknown>[];
  return rows.map((r) => ({
    month: r.month as string,
    source: r.source as string,
    organisation: (r.organisation as string) || null,
    started: (r.started as number | null) ?? 0,
    reachedTeam: r.reached as number,
    medianToMeetingSeconds: r.median as number,
    p90ToMeetingSeconds: r.p90 as number,
  }));
}
