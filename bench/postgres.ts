/**
 * The PostgreSQL column of `npm run bench`: the same workload on a schema of its own per run on
 * the database at BENCH_PG_URL (or DATABASE_URL=postgres://…), in-process and over HTTP with 8
 * clients against two server processes on that one database. Absent: the column is left out.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createEngine } from '../engine/index.js';
import { createPostgresStore } from '../engine/store/postgres/index.js';
import type { Store } from '../engine/store/Store.js';
import { bootServer, stopServer, type ServerProcess } from '../test/web/support/serverProcess.js';
import { benchClients, prepareBenchStore, type BenchServer } from './http.js';

/** The bench PostgreSQL, or null. */
export function benchPostgresUrl(): string | null {
  const url = process.env.BENCH_PG_URL?.trim() || process.env.DATABASE_URL?.trim() || '';
  return /^postgres(ql)?:\/\//.test(url) ? url : null;
}

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A fresh schema: its name, its URL (search_path in `options`) and a way to drop it. */
export async function benchSchema(url: string): Promise<{ schema: string; url: string; drop(): Promise<void> }> {
  const schema = `polku_bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  await admin(url, `CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return { schema, url: scoped.toString(), drop: () => admin(url, `DROP SCHEMA ${schema} CASCADE`) };
}

/** A store on a fresh schema, dropped with `dispose`. */
export async function openBenchStore(url: string): Promise<{ store: Store; dispose(): Promise<void> }> {
  const s = await benchSchema(url);
  const store = await createPostgresStore({ url, schema: s.schema });
  return { store, dispose: () => s.drop() };
}

/** `count` server processes on one fresh schema with the bench process and user in it. */
export async function startPostgresServers(url: string, xml: string, count: number): Promise<BenchServer & { pids: number[] }> {
  const s = await benchSchema(url);
  const store = await createPostgresStore({ url, schema: s.schema });
  const engine = await createEngine({ store, lint: false });
  await prepareBenchStore(store, engine, xml);
  await engine.close();
  const env = { PORT: '0', DATABASE_URL: s.url, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  const servers: ServerProcess[] = [await bootServer(env, 120_000)];
  servers.push(...(await Promise.all(Array.from({ length: count - 1 }, () => bootServer(env, 120_000)))));
  const run = await benchClients(servers.map((x) => x.url));
  return {
    run,
    pids: servers.map((x) => x.child.pid ?? 0),
    async close() {
      await Promise.all(servers.map((x) => stopServer(x.child)));
      await s.drop();
    },
  };
}
