/**
 * The first PostgreSQL schema: the same tables and indexes as the SQLite store (text columns in
 * the "C" collation, so that ids and ISO times sort byte-wise as they do there), JSON kept as text
 * for the shared row mapping (../sqlite/rows.ts) and read in SQL with `::jsonb`.
 */
const T = 'TEXT COLLATE "C"';

export const CORE_SCHEMA_SQL = `
CREATE TABLE deployments (
  id ${T} PRIMARY KEY, process_key ${T} NOT NULL, version INTEGER NOT NULL, name ${T} NOT NULL,
  xml_hash ${T} NOT NULL, xml TEXT NOT NULL, deployed_at ${T} NOT NULL, deployed_by ${T},
  UNIQUE (process_key, version)
);
CREATE INDEX deployments_hash ON deployments (xml_hash);

CREATE TABLE instances (
  id ${T} PRIMARY KEY, process_key ${T} NOT NULL, version INTEGER NOT NULL, deployment_id ${T} NOT NULL,
  business_key ${T}, client_ref ${T}, parent_instance_id ${T}, parent_execution_id ${T},
  state ${T} NOT NULL, started_at ${T} NOT NULL, ended_at ${T}, revision INTEGER NOT NULL,
  variables TEXT NOT NULL, engine_state BYTEA, incident TEXT
);
CREATE INDEX instances_key_state ON instances (process_key, state);
CREATE INDEX instances_parent ON instances (parent_instance_id);
CREATE INDEX instances_client ON instances (client_ref);
CREATE INDEX instances_started ON instances (started_at DESC, id DESC);
CREATE INDEX instances_running ON instances (id) WHERE state = 'running';

CREATE TABLE tasks (
  id ${T} PRIMARY KEY, instance_id ${T} NOT NULL, process_key ${T} NOT NULL, activity_id ${T} NOT NULL,
  execution_id ${T} NOT NULL, name ${T}, roles TEXT NOT NULL, form_key ${T}, assignee ${T}, state ${T} NOT NULL,
  created_at ${T} NOT NULL, expected_by ${T}, completed_at ${T}, completed_by ${T}, data TEXT, version INTEGER NOT NULL
);
CREATE INDEX tasks_state_created ON tasks (state, created_at, id);
CREATE INDEX tasks_instance ON tasks (instance_id);
CREATE INDEX tasks_assignee ON tasks (assignee);
CREATE INDEX tasks_execution ON tasks (instance_id, execution_id, state);
CREATE INDEX tasks_open ON tasks (id) WHERE state = 'open';

CREATE TABLE task_roles (
  role ${T} NOT NULL, task_id ${T} NOT NULL, state ${T} NOT NULL, assignee ${T}, expected_by ${T},
  created_at ${T} NOT NULL, process_key ${T},
  PRIMARY KEY (role, task_id)
);
CREATE INDEX task_roles_inbox ON task_roles (role, state, assignee, expected_by, created_at, task_id);
CREATE INDEX task_roles_task ON task_roles (task_id);
CREATE INDEX task_roles_due ON task_roles (role, state, expected_by, created_at, task_id);
CREATE INDEX task_roles_open_process ON task_roles (role, process_key, assignee, expected_by, created_at, task_id) WHERE state = 'open';
CREATE INDEX task_roles_late ON task_roles (expected_by, role, task_id) WHERE state = 'open' AND expected_by IS NOT NULL;
CREATE INDEX task_roles_stalled ON task_roles (role, expected_by, task_id) WHERE state = 'open' AND role <> '';

CREATE TABLE meeting_bookings (
  slot ${T} PRIMARY KEY, instance_id ${T} NOT NULL, booked_at ${T} NOT NULL, parties TEXT, confirmed INTEGER
);
CREATE INDEX meeting_bookings_instance ON meeting_bookings (instance_id, slot);

CREATE TABLE drafts (
  task_id ${T} NOT NULL, user_id ${T} NOT NULL, data TEXT NOT NULL, saved_at ${T} NOT NULL,
  PRIMARY KEY (task_id, user_id)
);

CREATE TABLE timers (
  id ${T} PRIMARY KEY, instance_id ${T} NOT NULL, activity_id ${T} NOT NULL, execution_id ${T} NOT NULL,
  due_at ${T} NOT NULL, lease_owner ${T}, lease_until ${T}, attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timers_due ON timers (due_at, id);
CREATE INDEX timers_instance ON timers (instance_id);

CREATE TABLE subscriptions (
  instance_id ${T} NOT NULL, message_name ${T} NOT NULL, activity_id ${T} NOT NULL, execution_id ${T} NOT NULL,
  PRIMARY KEY (instance_id, message_name, execution_id)
);
CREATE INDEX subscriptions_message ON subscriptions (message_name, instance_id);

CREATE TABLE history (
  seq BIGSERIAL PRIMARY KEY, instance_id ${T} NOT NULL, execution_id ${T} NOT NULL, activity_id ${T} NOT NULL,
  name ${T}, type ${T} NOT NULL, started_at ${T} NOT NULL, ended_at ${T}, expected_by ${T}, by_user ${T},
  stalled_reason ${T}, milestone ${T},
  UNIQUE (instance_id, execution_id)
);
CREATE INDEX history_instance ON history (instance_id, seq);
CREATE INDEX history_late ON history (expected_by, instance_id, execution_id) WHERE ended_at IS NULL AND expected_by IS NOT NULL;
CREATE INDEX history_late_activity ON history (activity_id, expected_by, instance_id, execution_id) WHERE ended_at IS NULL AND expected_by IS NOT NULL;

CREATE TABLE users (
  id ${T} PRIMARY KEY, username ${T} NOT NULL UNIQUE, display_name ${T} NOT NULL, roles TEXT NOT NULL,
  password_hash ${T} NOT NULL, created_at ${T} NOT NULL, disabled INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
  id ${T} PRIMARY KEY, user_id ${T} NOT NULL, csrf_token ${T} NOT NULL, created_at ${T} NOT NULL,
  expires_at ${T} NOT NULL, last_seen_at ${T}
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_failures (key ${T} NOT NULL, at ${T} NOT NULL);
CREATE INDEX login_failures_key ON login_failures (key, at);

CREATE TABLE audit (
  seq BIGSERIAL PRIMARY KEY, at ${T} NOT NULL, actor ${T} NOT NULL, action ${T} NOT NULL, client_ref ${T},
  instance_id ${T}, detail TEXT NOT NULL, role ${T}, why TEXT
);
CREATE INDEX audit_client ON audit (client_ref, seq);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the access log is append-only'; END $$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();

CREATE TABLE caseload_places (
  instance_id ${T} PRIMARY KEY, process_key ${T} NOT NULL, holder ${T} NOT NULL, taken_at ${T} NOT NULL
);
CREATE INDEX caseload_places_holder ON caseload_places (process_key, holder);

CREATE TABLE employer_contacts (
  id ${T} PRIMARY KEY, coach ${T} NOT NULL, contacted_on ${T} NOT NULL, iso_week ${T} NOT NULL,
  employers INTEGER NOT NULL, recorded_at ${T} NOT NULL
);
CREATE INDEX employer_contacts_week ON employer_contacts (iso_week, coach, employers);
`;
