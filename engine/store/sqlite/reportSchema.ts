import type Database from 'better-sqlite3';

/**
 * The aggregates behind the managers' reports, kept by triggers in the same transaction as every
 * write, so that no report counts rows at read time and no adapter code path can forget them.
 * `activity_stats.active` counts open history rows of running paths: a path that stops (ends,
 * fails, is cancelled) takes its open rows out, a retry puts them back.
 */
const WAIT_SECONDS = `CAST(ROUND((julianday(NEW.ended_at) - julianday(NEW.started_at)) * 86400) AS INTEGER)`;
/** A wait to the minute under a day, to the hour beyond: a few thousand buckets per activity at most. */
const bucket = (s: string) => `CASE WHEN ${s} < 0 THEN 0 WHEN ${s} < 86400 THEN ${s} - ${s} % 60 ELSE ${s} - ${s} % 3600 END`;
const INSTANCE_OF_NEW = `(SELECT process_key FROM instances WHERE id = NEW.instance_id), (SELECT version FROM instances WHERE id = NEW.instance_id)`;
const RUNNING = `(SELECT state FROM instances WHERE id = NEW.instance_id) = 'running'`;

const completedWait = (when: string) => `
  INSERT INTO activity_stats (process_key, version, activity_id, active, completed)
    SELECT ${INSTANCE_OF_NEW}, NEW.activity_id, 0, 1 WHERE ${when}
    ON CONFLICT (process_key, version, activity_id) DO UPDATE SET completed = completed + 1;
  INSERT INTO activity_waits (process_key, version, activity_id, bucket, n)
    SELECT ${INSTANCE_OF_NEW}, NEW.activity_id, ${bucket(WAIT_SECONDS)}, 1 WHERE ${when}
    ON CONFLICT (process_key, version, activity_id, bucket) DO UPDATE SET n = n + 1;`;

const activeBy = (delta: string) => `
  INSERT INTO activity_stats (process_key, version, activity_id, active, completed)
    SELECT NEW.process_key, NEW.version, h.activity_id, ${delta} * COUNT(*), 0 FROM history h
    WHERE h.instance_id = NEW.id AND h.ended_at IS NULL GROUP BY h.activity_id
    ON CONFLICT (process_key, version, activity_id) DO UPDATE SET active = active + excluded.active;`;

export const REPORT_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS activity_stats (
  process_key TEXT NOT NULL, version INTEGER NOT NULL, activity_id TEXT NOT NULL,
  active INTEGER NOT NULL, completed INTEGER NOT NULL,
  PRIMARY KEY (process_key, version, activity_id)
);
CREATE TABLE IF NOT EXISTS activity_waits (
  process_key TEXT NOT NULL, version INTEGER NOT NULL, activity_id TEXT NOT NULL,
  bucket INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (process_key, version, activity_id, bucket)
);
CREATE TABLE IF NOT EXISTS referral_counts (
  month TEXT NOT NULL, process_key TEXT NOT NULL, source TEXT NOT NULL, organisation TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (month, process_key, source, organisation)
);
CREATE TABLE IF NOT EXISTS outcomes (
  task_id TEXT PRIMARY KEY, process_key TEXT NOT NULL, client_ref TEXT, outcome TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS outcomes_process ON outcomes (process_key, outcome, client_ref);
CREATE TABLE IF NOT EXISTS report_counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL);
-- The distinct clients of each process, counted in report_counters as 'persons:<key>' when a new one comes.
CREATE TABLE IF NOT EXISTS process_clients (process_key TEXT NOT NULL, client_ref TEXT NOT NULL, PRIMARY KEY (process_key, client_ref));
CREATE TRIGGER IF NOT EXISTS process_clients_count AFTER INSERT ON process_clients BEGIN
  INSERT INTO report_counters (name, n) VALUES ('persons:' || NEW.process_key, 1) ON CONFLICT (name) DO UPDATE SET n = n + 1;
END;

-- The stalled list walks open, dated history rows in expectedBy order; the digest walks open role rows by
-- expectedBy within its window (a day), so the index leads with expected_by and the role-led inbox index keeps the inbox.
CREATE INDEX IF NOT EXISTS history_late ON history (expected_by, instance_id, execution_id) WHERE ended_at IS NULL AND expected_by IS NOT NULL;
-- The same rows led by the step, so that a filter on a rare step reads that step's late rows only.
CREATE INDEX IF NOT EXISTS history_late_activity ON history (activity_id, expected_by, instance_id, execution_id) WHERE ended_at IS NULL AND expected_by IS NOT NULL;
CREATE INDEX IF NOT EXISTS task_roles_late ON task_roles (expected_by, role, task_id) WHERE state = 'open' AND expected_by IS NOT NULL;
CREATE INDEX IF NOT EXISTS task_roles_stalled ON task_roles (role, expected_by, task_id) WHERE state = 'open' AND role <> '';
CREATE INDEX IF NOT EXISTS tasks_execution ON tasks (instance_id, execution_id, state);

CREATE TRIGGER IF NOT EXISTS history_report_insert AFTER INSERT ON history BEGIN
  INSERT INTO activity_stats (process_key, version, activity_id, active, completed)
    SELECT ${INSTANCE_OF_NEW}, NEW.activity_id, 1, 0 WHERE NEW.ended_at IS NULL AND ${RUNNING}
    ON CONFLICT (process_key, version, activity_id) DO UPDATE SET active = active + 1;
  ${completedWait('NEW.ended_at IS NOT NULL')}
END;
CREATE TRIGGER IF NOT EXISTS history_report_close AFTER UPDATE OF ended_at ON history
  WHEN OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL BEGIN
  UPDATE activity_stats SET active = active - 1
    WHERE ${RUNNING} AND process_key = (SELECT process_key FROM instances WHERE id = NEW.instance_id)
      AND version = (SELECT version FROM instances WHERE id = NEW.instance_id) AND activity_id = NEW.activity_id;
  ${completedWait('1')}
END;
CREATE TRIGGER IF NOT EXISTS instance_report_stop AFTER UPDATE OF state ON instances
  WHEN OLD.state = 'running' AND NEW.state <> 'running' BEGIN
  ${activeBy('-1')}
  UPDATE report_counters SET n = n - 1 WHERE name = 'running_instances';
END;
CREATE TRIGGER IF NOT EXISTS instance_report_resume AFTER UPDATE OF state ON instances
  WHEN OLD.state <> 'running' AND NEW.state = 'running' BEGIN
  ${activeBy('1')}
  UPDATE report_counters SET n = n + 1 WHERE name = 'running_instances';
END;
CREATE TRIGGER IF NOT EXISTS instance_report_insert AFTER INSERT ON instances BEGIN
  INSERT INTO referral_counts (month, process_key, source, organisation, n)
    VALUES (substr(NEW.started_at, 1, 7), NEW.process_key,
      coalesce((SELECT process_key FROM instances WHERE id = NEW.parent_instance_id), ''),
      coalesce(json_extract(NEW.variables, '$.organisation'), ''), 1)
    ON CONFLICT (month, process_key, source, organisation) DO UPDATE SET n = n + 1;
  UPDATE report_counters SET n = n + 1 WHERE name = 'running_instances' AND NEW.state = 'running';
  INSERT OR IGNORE INTO process_clients (process_key, client_ref) SELECT NEW.process_key, NEW.client_ref WHERE NEW.client_ref IS NOT NULL;
END;
CREATE TRIGGER IF NOT EXISTS instance_report_client AFTER UPDATE OF client_ref ON instances WHEN NEW.client_ref IS NOT NULL BEGIN
  INSERT OR IGNORE INTO process_clients (process_key, client_ref) VALUES (NEW.process_key, NEW.client_ref);
END;
CREATE TRIGGER IF NOT EXISTS task_report_insert AFTER INSERT ON tasks BEGIN
  UPDATE report_counters SET n = n + 1 WHERE name = 'open_tasks' AND NEW.state = 'open';
  INSERT OR REPLACE INTO outcomes (task_id, process_key, client_ref, outcome)
    SELECT NEW.id, NEW.process_key, (SELECT client_ref FROM instances WHERE id = NEW.instance_id), json_extract(NEW.data, '$.ipsOutcome')
    WHERE NEW.state = 'completed' AND json_type(NEW.data, '$.ipsOutcome') = 'text';
END;
CREATE TRIGGER IF NOT EXISTS task_report_state AFTER UPDATE OF state ON tasks WHEN OLD.state <> NEW.state BEGIN
  UPDATE report_counters SET n = n + (CASE WHEN NEW.state = 'open' THEN 1 WHEN OLD.state = 'open' THEN -1 ELSE 0 END) WHERE name = 'open_tasks';
  INSERT OR REPLACE INTO outcomes (task_id, process_key, client_ref, outcome)
    SELECT NEW.id, NEW.process_key, (SELECT client_ref FROM instances WHERE id = NEW.instance_id), json_extract(NEW.data, '$.ipsOutcome')
    WHERE NEW.state = 'completed' AND json_type(NEW.data, '$.ipsOutcome') = 'text';
END;
`;

/**
 * Fills the aggregates from the rows once, for a file made before they existed (the triggers keep
 * them from then on). `report_counters` holding its rows marks a file that has them.
 */
export function backfillReports(db: Database.Database): void {
  if (db.prepare(`SELECT 1 FROM report_counters WHERE name = 'open_tasks'`).get()) return;
  db.transaction(() => {
    db.exec(`
      DELETE FROM activity_stats; DELETE FROM activity_waits; DELETE FROM referral_counts; DELETE FROM outcomes; DELETE FROM process_clients;
      DELETE FROM report_counters WHERE name LIKE 'persons:%';
      INSERT INTO report_counters (name, n) VALUES ('open_tasks', (SELECT COUNT(*) FROM tasks WHERE state = 'open'));
      INSERT INTO report_counters (name, n) VALUES ('running_instances', (SELECT COUNT(*) FROM instances WHERE state = 'running'));
      INSERT INTO process_clients (process_key, client_ref) SELECT DISTINCT process_key, client_ref FROM instances WHERE client_ref IS NOT NULL;
      INSERT INTO referral_counts (month, process_key, source, organisation, n)
        SELECT substr(i.started_at, 1, 7), i.process_key, coalesce(p.process_key, ''), coalesce(json_extract(i.variables, '$.organisation'), ''), COUNT(*)
        FROM instances i LEFT JOIN instances p ON p.id = i.parent_instance_id GROUP BY 1, 2, 3, 4;
      INSERT INTO activity_stats (process_key, version, activity_id, active, completed)
        SELECT i.process_key, i.version, h.activity_id,
          SUM(h.ended_at IS NULL AND i.state = 'running'), SUM(h.ended_at IS NOT NULL)
        FROM history h JOIN instances i ON i.id = h.instance_id GROUP BY 1, 2, 3;
      INSERT INTO activity_waits (process_key, version, activity_id, bucket, n)
        SELECT process_key, version, activity_id, b, COUNT(*) FROM (
          SELECT i.process_key, i.version, h.activity_id,
            ${bucket('CAST(ROUND((julianday(h.ended_at) - julianday(h.started_at)) * 86400) AS INTEGER)')} AS b
          FROM history h JOIN instances i ON i.id = h.instance_id WHERE h.ended_at IS NOT NULL)
        GROUP BY 1, 2, 3, 4;
      INSERT INTO outcomes (task_id, process_key, client_ref, outcome)
        SELECT t.id, t.process_key, i.client_ref, json_extract(t.data, '$.ipsOutcome') FROM tasks t JOIN instances i ON i.id = t.instance_id
        WHERE t.state = 'completed' AND json_type(t.data, '$.ipsOutcome') = 'text';
    `);
  })();
}
