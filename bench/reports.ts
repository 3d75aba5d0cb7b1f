/**
 * `npm run bench:reports [-- --paths N --requests N --generate-minutes N --keep]`: the managers' reports
 * and a worker's inbox at scale. Generates N paths (default 1,000,000) of the project's own processes
 * straight into a SQLite file in bulk (bench/reports/: instances, open and completed tasks with their
 * role rows, history and the report aggregates; a mix of stages, late and on time, sources,
 * organisations and supported-employment outcomes), then starts the real server on that file as a
 * child process (`web/server.ts`) and measures p50/p99 over HTTP, and the server's RSS.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../engine/index.js';
import { createSqliteStore } from '../engine/store/sqlite/index.js';
import { hashPassword } from '../engine/usecases/passwords.js';
import { createLogger } from '../web/log.js';
import { deployProcessFiles } from '../web/processFiles.js';
import { generatePaths } from './reports/generate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PATHS = arg('paths', 1_000_000);
const REQUESTS = arg('requests', 200);
const BUDGET_MS = arg('generate-minutes', 8) * 60_000;
const PASSWORD = 'bench-only-password';
/** --keep: leave the generated file for a look at its query plans (its path is printed). */
const KEEP = process.argv.includes('--keep');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Starts the real server on the file's directory as a child process; resolves with its URL. */
async function startServer(dir: string): Promise<{ url: string; child: ChildProcessWithoutNullStreams }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/server.ts'], {
    env: { ...process.env, POLKU_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'error' },
  });
  child.stderr.pipe(process.stderr);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url, child };
}

async function main(): Promise<void> {
  const began = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'polku-bench-reports-'));
  const file = join(dir, 'polku.sqlite');
  const now = Date.now() - (Date.now() % 1000);
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
    const written = generatePaths(file, { paths: PATHS, now, budgetMs: BUDGET_MS, log: (line) => console.log(line) });
    console.log(`generated ${written} paths in ${Math.round((Date.now() - t0) / 1000)} s (${Math.round(statSync(file).size / 1e6)} MB)`);

    // When the real server runs on that file.
    const t1 = Date.now();
    const { url, child } = await startServer(dir);
    console.log(`server listening after ${Math.round((Date.now() - t1) / 1000)} s`);
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
      const get = async <T>(headers: Record<string, string>, path: string) => (await (await fetch(url + path, { headers })).json()) as T;
      /** Times each path REQUESTS / paths.length times, round robin; prints the slowest path too. */
      const measure = async (label: string, headers: Record<string, string>, paths: string[]): Promise<number> => {
        const times: number[] = [];
        const per = new Map<string, number[]>(paths.map((p) => [p, []]));
        for (let i = 0; i < REQUESTS; i++) {
          const path = paths[i % paths.length]!;
          const t = performance.now();
          const res = await fetch(url + path, { headers });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          if (i < paths.length && REQUESTS > 2 * paths.length) continue; // the first round warms the statement cache
          times.push(performance.now() - t);
          per.get(path)!.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        const [p50, p99] = [percentile(times, 50), percentile(times, 99)];
        const worst = [...per].map(([p, ts]) => [p, Math.max(...ts)] as const).sort((a, b) => b[1] - a[1])[0]!;
        console.log(
          `${label.padEnd(10)} p50 ${p50.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms  (${times.length} requests; slowest ${worst[1].toFixed(1)} ms ${worst[0]})`,
        );
        return p99;
      };
      const stalledFirst = await get<{ nextCursor: string | null }>(manager, '/api/reports/stalled?limit=50');
      const stalled = await measure('stalled', manager, [
        '/api/reports/stalled?limit=50',
        `/api/reports/stalled?limit=50&cursor=${stalledFirst.nextCursor ?? ''}`,
        '/api/reports/stalled?processKey=team-process&limit=50',
        '/api/reports/stalled?processKey=supported-employment&limit=50',
        '/api/reports/stalled?processKey=entry-toike&limit=50', // deployed, no paths: a filter that matches nothing
        '/api/reports/stalled?role=case-manager&limit=50',
        '/api/reports/stalled?role=nurse&limit=50',
        '/api/reports/stalled?activityId=followUp&limit=50',
        '/api/reports/stalled?activityId=coaching&limit=50',
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
      // A pseudonym of a path waiting at one of the case manager's steps, as the inbox's client filter is used.
      const firstPage = await get<{ items: { clientRef: string | null }[] }>(worker, '/api/tasks?state=open&assignee=unassigned');
      const client = encodeURIComponent(firstPage.items.find((t) => t.clientRef)?.clientRef ?? 'none');
      const inbox = await measure('inbox', worker, [
        '/api/tasks?state=open',
        '/api/tasks?state=open&assignee=unassigned',
        '/api/tasks?state=open&assignee=me',
        '/api/tasks?state=open&late=true',
        '/api/tasks?state=open&processKey=team-process',
        '/api/tasks?state=open&processKey=supported-employment&assignee=unassigned',
        `/api/tasks?state=open&clientRef=${client}`,
        '/api/tasks/counts',
        '/api/tasks/counts?processKey=team-process',
        `/api/tasks/counts?clientRef=${client}`,
      ]);
      await measure('digest', manager, ['/api/reports/late-digest']);
      await measure('metrics', manager, ['/metrics']);
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      console.log(
        `total ${Math.round((Date.now() - began) / 1000)} s; load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
      console.log(
        `reports p99: stalled ${Math.round(stalled)} ms, heatmap ${Math.round(heat)} ms, referrals ${Math.round(referrals)} ms, inbox ${Math.round(inbox)} ms at ${written} paths, RSS ${Math.round(rss)} MB`,
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  } finally {
    if (KEEP) console.log(`kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
