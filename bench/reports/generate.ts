/**
 * Bulk load of the benchmark's paths into a store's SQLite file, as the store itself would have
 * written them: instances, tasks with their role rows, history, and the report aggregates that the
 * store's triggers keep (computed here while the rows are made, instead of by a trigger per row).
 *
 * For the load only: no rollback journal, no fsync, no secondary indexes and no report triggers.
 * Afterwards the store's own schema SQL creates the indexes and triggers again (all IF NOT EXISTS)
 * and the file goes back to WAL, so the store opens it as any file it wrote.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { migrate, SCHEMA_SQL } from '../../engine/store/sqlite/schema.js';
import { REPORT_SCHEMA_SQL } from '../../engine/store/sqlite/reportSchema.js';
import { FEATURE_SCHEMA_SQL } from '../../engine/store/sqlite/featureSchemas.js';
import { makePath, Random, type Path } from './paths.js';

const BATCH = 50_000;
const LOADED_TABLES = ['instances', 'tasks', 'task_roles', 'history'];

const iso = (ms: number) => new Date(ms).toISOString();
/** A UUID-shaped id whose first part grows with `n`, so inserts append to the primary keys instead of splitting pages at random. */
const orderedId = (n: number) => `${n.toString(16).padStart(8, '0')}${randomUUID().slice(8)}`;
/** The wait bucket of reportSchema.ts: to the minute under a day, to the hour beyond. */
const bucket = (s: number) => (s < 0 ? 0 : s < 86_400 ? s - (s % 60) : s - (s % 3600));

/** The report aggregates of the written paths, kept as the store's triggers keep them. */
class Aggregates {
  readonly stats = new Map<string, { active: number; completed: number }>();
  readonly waits = new Map<string, number>();
  readonly referrals = new Map<string, number>();
  readonly persons = new Map<string, number>();
  openTasks = 0;
  running = 0;

  add(p: Path, startedAtIso: string): void {
    if (p.endedAt === null) this.running++;
    const ref = [startedAtIso.slice(0, 7), p.processKey, p.parent?.processKey ?? '', p.organisation].join('\t');
    this.referrals.set(ref, (this.referrals.get(ref) ?? 0) + 1);
    for (const s of p.steps) {
      const key = `${p.processKey}\t${s.task.id}`;
      const stat = this.stats.get(key) ?? { active: 0, completed: 0 };
      this.stats.set(key, stat);
      if (s.end === null) {
        stat.active++; // an open step belongs to a running path
        this.openTasks++;
      } else {
        stat.completed++;
        const w = `${key}\t${bucket(Math.round((s.end - s.start) / 1000))}`;
        this.waits.set(w, (this.waits.get(w) ?? 0) + 1);
      }
    }
  }

  write(db: Database.Database): void {
    const split = (key: string) => key.split('\t');
    db.transaction(() => {
      const stat = db.prepare('INSERT INTO activity_stats (process_key, version, activity_id, active, completed) VALUES (?, 1, ?, ?, ?)');
      for (const [k, v] of this.stats) stat.run(...split(k), v.active, v.completed);
      const wait = db.prepare('INSERT INTO activity_waits (process_key, version, activity_id, bucket, n) VALUES (?, 1, ?, ?, ?)');
      for (const [k, n] of this.waits) {
        const [processKey, activityId, b] = split(k);
        wait.run(processKey, activityId, Number(b), n);
      }
      const ref = db.prepare('INSERT INTO referral_counts (month, process_key, source, organisation, n) VALUES (?, ?, ?, ?, ?)');
      for (const [k, n] of this.referrals) ref.run(...split(k), n);
      const counter = db.prepare('INSERT INTO report_counters (name, n) VALUES (?, ?)');
      counter.run('open_tasks', this.openTasks);
      counter.run('running_instances', this.running);
      for (const [processKey, n] of this.persons) counter.run(`persons:${processKey}`, n);
    })();
  }
}

/**
 * Writes up to `paths` paths into the store's file (made by the store, with its deployments);
 * stops at a batch boundary once `budgetMs` has passed. Returns how many it wrote.
 */
export function generatePaths(file: string, opts: { paths: number; now: number; budgetMs: number; log: (line: string) => void }): number {
  const db = new Database(file);
  // better-sqlite3 opens connections in SQLite's defensive mode, which refuses journal_mode=OFF; WAL must be left first.
  db.unsafeMode(true);
  db.pragma('journal_mode = DELETE');
  if (db.pragma('journal_mode = OFF', { simple: true }) !== 'off') throw new Error('the load needs journal_mode=OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -1048576');
  db.pragma('temp_store = MEMORY');
  db.pragma('threads = 2');
  const names = (type: string, where: string) =>
    (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND ${where}`).all(type) as { name: string }[]).map((r) => r.name);
  const tables = LOADED_TABLES.map((t) => `'${t}'`).join(', ');
  // The store's schema SQL puts every one of these back after the load.
  for (const t of names('trigger', `tbl_name IN (${tables}, 'process_clients')`)) db.exec(`DROP TRIGGER ${t}`);
  for (const i of names('index', `sql IS NOT NULL AND tbl_name IN (${tables})`)) db.exec(`DROP INDEX ${i}`);
  // The file has no paths yet: its aggregates are the store's zero counters, replaced by this load's.
  for (const t of ['activity_stats', 'activity_waits', 'referral_counts', 'outcomes', 'process_clients', 'report_counters'])
    db.exec(`DELETE FROM ${t}`);

  const insInstance = db.prepare(
    `INSERT INTO instances (id, process_key, version, deployment_id, business_key, client_ref, parent_instance_id, parent_execution_id, state, started_at, ended_at, revision, variables, engine_state, incident)
     VALUES (?, ?, 1, ?, NULL, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, NULL)`,
  );
  const insTask = db.prepare(
    `INSERT INTO tasks (id, instance_id, process_key, activity_id, execution_id, name, roles, form_key, assignee, state, created_at, expected_by, completed_at, completed_by, data, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insRole = db.prepare(
    'INSERT INTO task_roles (role, task_id, state, assignee, expected_by, created_at, process_key) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insHistory = db.prepare(
    `INSERT INTO history (instance_id, execution_id, activity_id, name, type, started_at, ended_at, expected_by, by_user) VALUES (?, ?, ?, ?, 'bpmn:UserTask', ?, ?, ?, ?)`,
  );
  const insOutcome = db.prepare('INSERT INTO outcomes (task_id, process_key, client_ref, outcome) VALUES (?, ?, ?, ?)');
  const insClient = db.prepare('INSERT OR IGNORE INTO process_clients (process_key, client_ref) VALUES (?, ?)');
  const deployments = new Map(
    (db.prepare('SELECT process_key, id FROM deployments WHERE version = 1').all() as { process_key: string; id: string }[]).map((r) => [
      r.process_key,
      r.id,
    ]),
  );

  const rnd = new Random();
  const agg = new Aggregates();
  const referrals: { id: string; processKey: string }[] = [];
  const writePath = (n: number) => {
    const p = makePath(rnd, n, opts.paths, opts.now, referrals);
    const id = orderedId(n);
    const startedAt = iso(p.startedAt);
    const done = p.endedAt !== null;
    insInstance.run(
      id,
      p.processKey,
      deployments.get(p.processKey) ?? `dep-${p.processKey}`,
      p.clientRef,
      p.parent?.id ?? null,
      done ? 'completed' : 'running',
      startedAt,
      done ? iso(p.endedAt!) : null,
      p.steps.length + 1,
      JSON.stringify({ organisation: p.organisation }),
    );
    if (p.processKey.startsWith('referral') && referrals.length < 200_000) referrals.push({ id, processKey: p.processKey });
    if (insClient.run(p.processKey, p.clientRef).changes) agg.persons.set(p.processKey, (agg.persons.get(p.processKey) ?? 0) + 1);
    agg.add(p, startedAt);
    p.steps.forEach((s, k) => {
      const exe = `${s.task.id}_${k}`;
      const taskId = orderedId(n * 16 + k + 0x10000000);
      const open = s.end === null;
      const [state, created, expectedBy, ended] = [open ? 'open' : 'completed', iso(s.start), iso(s.expectedBy), open ? null : iso(s.end!)];
      const data = s.outcome ? JSON.stringify({ ipsOutcome: s.outcome }) : null;
      const by = open ? null : 'someone';
      insTask.run(
        taskId,
        id,
        p.processKey,
        s.task.id,
        exe,
        s.task.name,
        s.task.rolesJson,
        s.assignee,
        state,
        created,
        expectedBy,
        ended,
        by,
        data,
      );
      for (const role of s.task.roles) insRole.run(role, taskId, state, s.assignee, expectedBy, created, p.processKey);
      insHistory.run(id, exe, s.task.id, s.task.name, created, ended, expectedBy, by);
      if (s.outcome) insOutcome.run(taskId, p.processKey, p.clientRef, s.outcome);
    });
  };
  const batch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) writePath(n);
  });
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  let written = 0;
  while (written < opts.paths && (written === 0 || Date.now() - started < opts.budgetMs)) {
    const to = Math.min(opts.paths, written + BATCH);
    batch(written, to);
    written = to;
    if (written % 100_000 === 0) opts.log(`  ${written} paths written (${seconds()} s)`);
  }
  agg.write(db);
  opts.log(`  rows written in ${seconds()} s; creating the store's indexes and triggers`);
  // As the store's init does, in its order.
  db.exec(SCHEMA_SQL);
  migrate(db);
  db.exec(REPORT_SCHEMA_SQL);
  db.exec(FEATURE_SCHEMA_SQL);
  opts.log(`  indexes created (${seconds()} s)`);
  db.pragma('locking_mode = NORMAL');
  db.pragma('journal_mode = WAL');
  db.unsafeMode(false);
  db.close();
  return written;
}
