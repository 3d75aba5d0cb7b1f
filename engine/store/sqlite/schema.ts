import type Database from 'better-sqlite3';

/** The SQLite tables of Polku. Each statement is idempotent so `init` can run on every start. */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS deployments (
  id TEXT PRIMARY KEY,
  process_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  xml_hash TEXT NOT NULL,
  xml TEXT NOT NULL,
  deployed_at TEXT NOT NULL,
  deployed_by TEXT,
  UNIQUE (process_key, version)
);
CREATE INDEX IF NOT EXISTS deployments_hash ON deployments (xml_hash);

CREATE TABLE IF NOT EXISTS instances (
  id TEXT PRIMARY KEY,
  process_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  deployment_id TEXT NOT NULL,
  business_key TEXT,
  client_ref TEXT,
  parent_instance_id TEXT,
  parent_execution_id TEXT,
  state TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  revision INTEGER NOT NULL,
  variables TEXT NOT NULL,
  engine_state BLOB,
  incident TEXT
);
CREATE INDEX IF NOT EXISTS instances_key_state ON instances (process_key, state);
CREATE INDEX IF NOT EXISTS instances_parent ON instances (parent_instance_id);
CREATE INDEX IF NOT EXISTS instances_client ON instances (client_ref);

CREATE TABLE IF NOT EXISTS tasks (
  id TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL,
  process_key TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  execution_id TEXT NOT NULL,
  name TEXT,
  roles TEXT NOT NULL,
  form_key TEXT,
  assignee TEXT,
  state TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expected_by TEXT,
  completed_at TEXT,
  completed_by TEXT,
  data TEXT,
  version INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tasks_state_created ON tasks (state, created_at, id);
CREATE INDEX IF NOT EXISTS tasks_instance ON tasks (instance_id);
CREATE INDEX IF NOT EXISTS tasks_assignee ON tasks (assignee);

-- One row per candidate role of a task, with the columns the inbox filters and sorts on, so that
-- (role, state, assignee, expected_by) is served by an index; kept in step with tasks on every write.
CREATE TABLE IF NOT EXISTS task_roles (
  role TEXT NOT NULL,
  task_id TEXT NOT NULL,
  state TEXT NOT NULL,
  assignee TEXT,
  expected_by TEXT,
  created_at TEXT NOT NULL,
  process_key TEXT,
  PRIMARY KEY (role, task_id)
);
CREATE INDEX IF NOT EXISTS task_roles_inbox ON task_roles (role, state, assignee, expected_by, created_at, task_id);
CREATE INDEX IF NOT EXISTS task_roles_task ON task_roles (task_id);
-- The inbox of all of a role's tasks (any assignee) in deadline order.
CREATE INDEX IF NOT EXISTS task_roles_due ON task_roles (role, state, expected_by, created_at, task_id);

CREATE TABLE IF NOT EXISTS meeting_bookings (
  slot TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL,
  booked_at TEXT NOT NULL,
  parties TEXT,
  confirmed INTEGER
);
CREATE INDEX IF NOT EXISTS meeting_bookings_instance ON meeting_bookings (instance_id, slot);

CREATE TABLE IF NOT EXISTS drafts (
  task_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  data TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (task_id, user_id)
);

CREATE TABLE IF NOT EXISTS timers (
  id TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  execution_id TEXT NOT NULL,
  due_at TEXT NOT NULL,
  lease_owner TEXT,
  lease_until TEXT,
  attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS timers_due ON timers (due_at);
CREATE INDEX IF NOT EXISTS timers_instance ON timers (instance_id);

CREATE TABLE IF NOT EXISTS subscriptions (
  instance_id TEXT NOT NULL,
  message_name TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  execution_id TEXT NOT NULL,
  PRIMARY KEY (instance_id, message_name, execution_id)
);

CREATE TABLE IF NOT EXISTS history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  instance_id TEXT NOT NULL,
  execution_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  name TEXT,
  type TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  expected_by TEXT,
  by_user TEXT,
  UNIQUE (instance_id, execution_id)
);
CREATE INDEX IF NOT EXISTS history_open ON history (ended_at, activity_id);

CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  roles TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  last_seen_at TEXT
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id);

CREATE TABLE IF NOT EXISTS login_failures (
  key TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures (key, at);

-- The rowid (no AUTOINCREMENT) orders the log: no sqlite_sequence row that every append updates.
CREATE TABLE IF NOT EXISTS audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  client_ref TEXT,
  instance_id TEXT,
  detail TEXT NOT NULL,
  role TEXT,
  why TEXT
);
CREATE INDEX IF NOT EXISTS audit_client ON audit (client_ref, seq);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
`;

/** Columns added after a file was created: an older store gets them on start. */
const ADDED_COLUMNS: [table: string, column: string, definition: string][] = [
  ['task_roles', 'process_key', 'TEXT'],
  ['deployments', 'note', 'TEXT'],
  ['users', 'disabled', 'INTEGER NOT NULL DEFAULT 0'],
  ['sessions', 'last_seen_at', 'TEXT'],
  ['audit', 'role', 'TEXT'],
  ['audit', 'why', 'TEXT'],
  ['timers', 'lease_owner', 'TEXT'],
  ['timers', 'lease_until', 'TEXT'],
  ['timers', 'attempts', 'INTEGER NOT NULL DEFAULT 0'],
  ['meeting_bookings', 'parties', 'TEXT'],
  ['meeting_bookings', 'confirmed', 'INTEGER'],
  ['history', 'stalled_reason', 'TEXT'],
  ['history', 'milestone', 'TEXT'],
  ['history', 'cancelled_by', 'TEXT'],
];

/** What an added column holds for the rows that were there before it. */
const FILL_ADDED: Record<string, string> = {
  'task_roles.process_key': 'UPDATE task_roles SET process_key = (SELECT process_key FROM tasks WHERE tasks.id = task_roles.task_id)',
};

/**
 * Indexes on added columns, created once migrate() has added them. The inbox of a role in one
 * process reads open role rows only (partial indexes, small beside the full ones): by assignee,
 * and of everyone, each in deadline order; the counts per filter read the same ranges.
 */
const MIGRATED_INDEXES_SQL = `
CREATE INDEX IF NOT EXISTS task_roles_open_process ON task_roles (role, process_key, assignee, expected_by, created_at, task_id) WHERE state = 'open';
CREATE INDEX IF NOT EXISTS task_roles_open_process_due ON task_roles (role, process_key, expected_by, created_at, task_id) WHERE state = 'open';
`;

/** Adds the columns an older file lacks, fills them, and creates the indexes on them; idempotent. */
export function migrate(db: Database.Database): void {
  for (const [table, column, definition] of ADDED_COLUMNS) {
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (columns.some((c) => c.name === column)) continue;
    db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
    const fill = FILL_ADDED[`${table}.${column}`];
    if (fill) db.exec(fill);
  }
  db.exec(MIGRATED_INDEXES_SQL);
}
