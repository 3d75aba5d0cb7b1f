/**
 * `npm run bench:reports [-- --paths N --requests N]`: the managers' reports and a worker's inbox at
 * scale. Generates N paths (default 1,000,000) of the project's own processes straight into a
 * SQLite file in bulk (one transaction per 20,000 paths; instances, open and completed tasks with
 * their role rows, history; a mix of stages, late and on time, sources, organisations and
 * supported-employment outcomes), then starts the real server on that file as a child process
 * (`web/server.ts`) and measures p50/p99 over HTTP, and the server's RSS.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createEngine } from '../engine/index.js';
import { createSqliteStore } from '../engine/store/sqlite/index.js';
import { hashPassword } from '../engine/usecases/passwords.js';
import { createLogger } from '../web/log.js';
import { deployProcessFiles } from '../web/processFiles.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PATHS = arg('paths', 1_000_000);
const REQUESTS = arg('requests', 100);
const BUDGET_MS = arg('generate-minutes', 8) * 60_000;
const BATCH = 20_000;
const DAY = 86_400_000;
const PASSWORD = 'bench-only-password';
const ORGANISATIONS = ['rovaniemi', 'kemijarvi', 'jyvaskyla', 'laukaa'];
const IPS_OUTCOMES = ['employed-company', 'employed-city-subsidy', 'apprenticeship', 'work-trial', 'study', 'dropped-out', 'ended'];

/** The user tasks of a process file in diagram order, with their roles (candidateGroups, else the case manager). */
function userTasks(file: string): { id: string; name: string; roles: string[] }[] {
  const xml = readFileSync(join('processes', file), 'utf8');
  return [...xml.matchAll(/<bpmn:userTask id="([^"]+)" name="([^"]+)"([^>]*)>/g)].map((m) => ({
    id: m[1]!,
    name: m[2]!,
    roles: /camunda:candidateGroups="([^"]+)"/.exec(m[3]!)?.[1]?.split(',') ?? ['case-manager'],
  }));
}

const PROCESSES = [
  { key: 'referral-trial', share: 0.3, tasks: userTasks('referral-trial.bpmn') },
  { key: 'referral-social-services', share: 0.15, tasks: userTasks('referral-social-services.bpmn') },
  { key: 'team-process', share: 0.4, tasks: userTasks('team-process.bpmn') },
  { key: 'supported-employment', share: 0.15, tasks: userTasks('supported-employment.bpmn') },
];

/** A small deterministic random source, so runs generate the same data. */
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
const iso = (ms: number) => new Date(ms).toISOString();
/** A UUID-shaped id whose first part grows with `n`, so bulk inserts append to the indexes instead of splitting pages at random (as time-ordered UUIDv7 would). */
const orderedId = (n: number) => `${n.toString(16).padStart(8, '0')}${randomUUID().slice(8)}`;

/** Writes PATHS paths into the file; returns how many were written before the time budget ran out. */
function generate(file: string, now: number): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');
  // The report aggregates are filled once at the end (the store's backfill), not by the triggers row by row.
  const triggers = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%report%'`).all() as {
    name: string;
    sql: string;
  }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  const insInstance = db.prepare(
    `INSERT INTO instances (id, process_key, version, deployment_id, business_key, client_ref, parent_instance_id, parent_execution_id, state, started_at, ended_at, revision, variables, engine_state, incident)
     VALUES (?, ?, 1, ?, NULL, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, NULL)`,
  );
  const insTask = db.prepare(
    `INSERT INTO tasks (id, instance_id, process_key, activity_id, execution_id, name, roles, form_key, assignee, state, created_at, expected_by, completed_at, completed_by, data, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insRole = db.prepare('INSERT INTO task_roles (role, task_id, state, assignee, expected_by, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insHistory = db.prepare(
    `INSERT INTO history (instance_id, execution_id, activity_id, name, type, started_at, ended_at, expected_by, by_user) VALUES (?, ?, ?, ?, 'bpmn:UserTask', ?, ?, ?, ?)`,
  );
  const deployments = new Map(
    (db.prepare('SELECT process_key, id FROM deployments WHERE version = 1').all() as { process_key: string; id: string }[]).map((r) => [
      r.process_key,
      r.id,
    ]),
  );
  const referralIds: string[] = [];
  const started = Date.now();
  let written = 0;
  const batch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const r = random();
      let acc = 0;
      const p = PROCESSES.find((x) => (acc += x.share) >= r) ?? PROCESSES[0]!;
      const id = orderedId(n);
      const client = `C${(n % Math.ceil(PATHS * 0.8)).toString(36).padStart(6, '0')}`;
      const completedPath = random() < 0.2;
      const stage = completedPath ? p.tasks.length : Math.floor(random() * p.tasks.length);
      // The open step began 0–40 days ago (its expected duration is 7–21 days: about half are late); earlier steps took 1–20 days each.
      const expectedDays = 7 + (n % 3) * 7;
      let cursor = now - Math.floor(random() * 40 * DAY);
      const spans: { start: number; end: number | null }[] = [];
      if (!completedPath) spans.unshift({ start: cursor, end: null });
      for (let k = stage - 1; k >= 0; k--) {
        const end = cursor;
        cursor = end - Math.floor((1 + random() * 19) * DAY);
        spans.unshift({ start: cursor, end });
      }
      const startedAt = Math.max(cursor, now - 400 * DAY);
      const parent = p.key === 'team-process' && referralIds.length && random() < 0.8 ? pick(referralIds) : null;
      const variables = JSON.stringify({ organisation: pick(ORGANISATIONS) });
      insInstance.run(
        id,
        p.key,
        deployments.get(p.key) ?? `dep-${p.key}`,
        client,
        parent,
        completedPath ? 'completed' : 'running',
        iso(startedAt),
        completedPath ? iso(spans[spans.length - 1]!.end!) : null,
        spans.length + 1,
        variables,
      );
      if (p.key.startsWith('referral') && referralIds.length < 200_000) referralIds.push(id);
      spans.forEach((s, k) => {
        const t = p.tasks[k]!;
        const exe = `${t.id}_${k}`;
        const taskId = orderedId(n * 16 + k + 0x10000000);
        const expectedBy = iso(s.start + expectedDays * DAY);
        const open = s.end === null;
        const outcome = !open && t.id === 'coaching' ? JSON.stringify({ ipsOutcome: pick(IPS_OUTCOMES) }) : null;
        const assignee = open ? (random() < 0.3 ? 'someone' : null) : 'someone';
        insTask.run(
          taskId,
          id,
          p.key,
          t.id,
          exe,
          t.name,
          JSON.stringify(t.roles),
          assignee,
          open ? 'open' : 'completed',
          iso(s.start),
          expectedBy,
          open ? null : iso(s.end!),
          open ? null : 'someone',
          outcome,
        );
        for (const role of t.roles) insRole.run(role, taskId, open ? 'open' : 'completed', assignee, expectedBy, iso(s.start));
        insHistory.run(id, exe, t.id, t.name, iso(s.start), open ? null : iso(s.end!), expectedBy, open ? null : 'someone');
      });
    }
  });
  for (let from = 0; from < PATHS; from += BATCH) {
    batch(from, Math.min(PATHS, from + BATCH));
    written = Math.min(PATHS, from + BATCH);
    if (written % 100_000 === 0) console.log(`  ${written} paths written (${Math.round((Date.now() - started) / 1000)} s)`);
    if (Date.now() - started > BUDGET_MS) break;
  }
  // The store's init puts the triggers back and fills the aggregates from the rows in one pass.
  db.exec(`DELETE FROM report_counters`);
  db.exec('ANALYZE');
  db.close();
  return written;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'polku-bench-reports-'));
  const file = join(dir, 'polku.sqlite');
  const now = Date.now();
  try {
    // Given the project's processes deployed and two users, on a fresh file.
    const store = await createSqliteStore(file);
    const engine = await createEngine({ store, lint: false });
    await deployProcessFiles(engine, createLogger('error'));
    const hash = await hashPassword(PASSWORD);
    for (const role of ['manager', 'case-manager']) {
      await store.saveUser({
        id: randomUUID(),
        username: role,
        displayName: `${role} (fictional)`,
        roles: [role],
        passwordHash: hash,
        createdAt: new Date().toISOString(),
      });
    }
    await engine.close();
    const t0 = Date.now();
    const written = generate(file, now);
    console.log(`generated ${written} paths in ${Math.round((Date.now() - t0) / 1000)} s`);
    const t1 = Date.now();
    const again = await createSqliteStore(file);
    await again.close();
    console.log(`report aggregates filled in ${Math.round((Date.now() - t1) / 1000)} s`);

    // When the real server runs on that file.
    const child = spawn(process.execPath, ['--import', 'tsx', 'web/server.ts'], {
      env: { ...process.env, POLKU_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /listening on (http:\/\/[^\s]+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    try {
      const session = async (username: string) => {
        const res = await fetch(`${url}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: PASSWORD }),
        });
        if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
        return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
      };
      const manager = await session('manager');
      const worker = await session('case-manager');
      const measure = async (label: string, headers: Record<string, string>, paths: string[]): Promise<number> => {
        const times: number[] = [];
        for (let i = 0; i < REQUESTS; i++) {
          const path = paths[i % paths.length]!;
          const t = performance.now();
          const res = await fetch(url + path, { headers });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          if (i >= 5 || REQUESTS <= 5) times.push(performance.now() - t); // the first few warm the statement cache
        }
        times.sort((a, b) => a - b);
        const [p50, p99] = [percentile(times, 50), percentile(times, 99)];
        console.log(`${label.padEnd(10)} p50 ${p50.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms  (${times.length} requests)`);
        return p99;
      };
      const stalledFirst = (await (await fetch(`${url}/api/reports/stalled?limit=50`, { headers: manager })).json()) as {
        nextCursor: string | null;
      };
      const stalled = await measure('stalled', manager, [
        '/api/reports/stalled?limit=50',
        `/api/reports/stalled?limit=50&cursor=${stalledFirst.nextCursor ?? ''}`,
        '/api/reports/stalled?processKey=team-process&limit=50',
        '/api/reports/stalled?role=nurse&limit=50',
        '/api/reports/stalled?activityId=followUp&limit=50',
        '/api/reports/stalled?organisation=laukaa&limit=50',
      ]);
      const heat = await measure('heatmap', manager, [
        '/api/reports/heatmap?processKey=team-process',
        '/api/reports/heatmap?processKey=referral-trial',
      ]);
      const referrals = await measure('referrals', manager, [
        '/api/reports/referrals',
        '/api/reports/referrals?from=2026-01-01&to=2026-06-30',
        '/api/reports/outcomes',
      ]);
      const inbox = await measure('inbox', worker, [
        '/api/tasks?state=open&assignee=unassigned',
        '/api/tasks?state=open&assignee=me',
        '/api/tasks?state=open&late=true',
        '/api/tasks?state=open&processKey=team-process',
        '/api/tasks/counts',
      ]);
      const digest = await measure('digest', manager, ['/api/reports/late-digest']);
      void digest;
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      console.log(
        `reports p99: stalled ${Math.round(stalled)} ms, heatmap ${Math.round(heat)} ms, referrals ${Math.round(referrals)} ms, inbox ${Math.round(inbox)} ms at ${written} paths, RSS ${Math.round(rss)} MB`,
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
