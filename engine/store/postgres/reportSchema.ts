/**
 * The aggregates behind the managers' reports in PostgreSQL, kept by triggers in the same
 * transaction as every write (as the SQLite store's reportSchema.ts does), so no report counts
 * history rows at read time. Unlike SQLite there is no single counter row that every commit
 * updates: open tasks and running paths are counted over partial indexes, and persons per process
 * are the rows of `process_clients`, so commits of different paths do not queue on one row.
 */
const T = 'TEXT COLLATE "C"';

/** Seconds between two ISO times with offsets. */
const seconds = (from: string, to: string) => `ROUND(EXTRACT(EPOCH FROM (${to}::timestamptz - ${from}::timestamptz)))::bigint`;

export const REPORT_SCHEMA_SQL = `
CREATE TABLE activity_stats (
  process_key ${T} NOT NULL, version INTEGER NOT NULL, activity_id ${T} NOT NULL,
  active INTEGER NOT NULL, completed INTEGER NOT NULL,
  PRIMARY KEY (process_key, version, activity_id)
);
CREATE TABLE activity_waits (
  process_key ${T} NOT NULL, version INTEGER NOT NULL, activity_id ${T} NOT NULL, bucket BIGINT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (process_key, version, activity_id, bucket)
);
CREATE TABLE referral_counts (
  month ${T} NOT NULL, process_key ${T} NOT NULL, source ${T} NOT NULL, organisation ${T} NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (month, process_key, source, organisation)
);
CREATE TABLE outcomes (task_id ${T} PRIMARY KEY, process_key ${T} NOT NULL, client_ref ${T}, outcome ${T} NOT NULL);
CREATE INDEX outcomes_process ON outcomes (process_key, outcome, client_ref);
CREATE TABLE process_clients (process_key ${T} NOT NULL, client_ref ${T} NOT NULL, PRIMARY KEY (process_key, client_ref));
CREATE TABLE team_meetings (
  path_id ${T} PRIMARY KEY, source ${T} NOT NULL, organisation ${T} NOT NULL, month ${T} NOT NULL,
  met_at ${T} NOT NULL, wait_seconds BIGINT NOT NULL, direct INTEGER NOT NULL
);
CREATE INDEX team_meetings_report ON team_meetings (month, source, organisation, wait_seconds);

-- A completed step: one more done, its wait in its bucket (to the minute under a day, to the hour beyond).
CREATE FUNCTION polku_step_done(p_key TEXT, p_version INTEGER, p_activity TEXT, p_started TEXT, p_ended TEXT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE s BIGINT := ${seconds('p_started', 'p_ended')};
BEGIN
  INSERT INTO activity_stats VALUES (p_key, p_version, p_activity, 0, 1)
    ON CONFLICT (process_key, version, activity_id) DO UPDATE SET completed = activity_stats.completed + 1;
  INSERT INTO activity_waits VALUES (p_key, p_version, p_activity,
      CASE WHEN s < 0 THEN 0 WHEN s < 86400 THEN s - s % 60 ELSE s - s % 3600 END, 1)
    ON CONFLICT (process_key, version, activity_id, bucket) DO UPDATE SET n = activity_waits.n + 1;
END $$;

-- A path's first team meeting: the path the client came through, its month and organisation, the wait.
CREATE FUNCTION polku_team_meeting(p_instance TEXT, p_ended TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO team_meetings (path_id, source, organisation, month, met_at, wait_seconds, direct)
    SELECT p.id, p.process_key, coalesce(p.variables::jsonb ->> 'organisation', ''), substr(p.started_at, 1, 7), p_ended,
      ${seconds('p.started_at', 'p_ended')}, CASE WHEN i.parent_instance_id IS NULL THEN 1 ELSE 0 END
    FROM instances i JOIN instances p ON p.id = coalesce(i.parent_instance_id, i.id) WHERE i.id = p_instance
  ON CONFLICT (path_id) DO NOTHING;
END $$;

CREATE FUNCTION polku_history_report() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE i RECORD;
BEGIN
  IF TG_OP = 'UPDATE' AND NOT (OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL) THEN RETURN NULL; END IF;
  SELECT process_key, version, state INTO i FROM instances WHERE id = NEW.instance_id;
  IF TG_OP = 'INSERT' AND NEW.ended_at IS NULL THEN
    IF i.state = 'running' THEN
      INSERT INTO activity_stats VALUES (i.process_key, i.version, NEW.activity_id, 1, 0)
        ON CONFLICT (process_key, version, activity_id) DO UPDATE SET active = activity_stats.active + 1;
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND i.state = 'running' THEN
    UPDATE activity_stats SET active = active - 1
      WHERE process_key = i.process_key AND version = i.version AND activity_id = NEW.activity_id;
  END IF;
  PERFORM polku_step_done(i.process_key, i.version, NEW.activity_id, NEW.started_at, NEW.ended_at);
  IF NEW.milestone = 'team-meeting' THEN PERFORM polku_team_meeting(NEW.instance_id, NEW.ended_at); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER history_report AFTER INSERT OR UPDATE OF ended_at ON history FOR EACH ROW EXECUTE FUNCTION polku_history_report();

CREATE FUNCTION polku_instance_report() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE delta INTEGER;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO referral_counts VALUES (substr(NEW.started_at, 1, 7), NEW.process_key,
        coalesce((SELECT process_key FROM instances WHERE id = NEW.parent_instance_id), ''),
        coalesce(NEW.variables::jsonb ->> 'organisation', ''), 1)
      ON CONFLICT (month, process_key, source, organisation) DO UPDATE SET n = referral_counts.n + 1;
  ELSIF (OLD.state = 'running') <> (NEW.state = 'running') THEN
    delta := CASE WHEN NEW.state = 'running' THEN 1 ELSE -1 END;
    INSERT INTO activity_stats
      SELECT NEW.process_key, NEW.version, h.activity_id, delta * COUNT(*), 0 FROM history h
      WHERE h.instance_id = NEW.id AND h.ended_at IS NULL GROUP BY h.activity_id
      ON CONFLICT (process_key, version, activity_id) DO UPDATE SET active = activity_stats.active + excluded.active;
  END IF;
  IF NEW.client_ref IS NOT NULL THEN
    INSERT INTO process_clients VALUES (NEW.process_key, NEW.client_ref) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER instance_report AFTER INSERT OR UPDATE OF state, client_ref ON instances FOR EACH ROW EXECUTE FUNCTION polku_instance_report();

CREATE FUNCTION polku_task_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.state = NEW.state THEN RETURN NULL; END IF;
  IF NEW.state = 'completed' AND jsonb_typeof(NEW.data::jsonb -> 'ipsOutcome') = 'string' THEN
    INSERT INTO outcomes VALUES (NEW.id, NEW.process_key, (SELECT client_ref FROM instances WHERE id = NEW.instance_id),
        NEW.data::jsonb ->> 'ipsOutcome')
      ON CONFLICT (task_id) DO UPDATE SET process_key = excluded.process_key, client_ref = excluded.client_ref, outcome = excluded.outcome;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER task_report AFTER INSERT OR UPDATE OF state ON tasks FOR EACH ROW EXECUTE FUNCTION polku_task_report();
`;
