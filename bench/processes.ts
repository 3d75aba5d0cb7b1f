/**
 * Polku as separate server processes on one SQLite file for the benchmark: each is web/server.ts
 * in a child process (as `npm start` runs it, under tsx), port 0 on 127.0.0.1; the clients in the
 * benchmark's own process spread over them as a reverse proxy would.
 */
import { join } from 'node:path';
import { createEngine } from '../engine/index.js';
import { createSqliteStore } from '../engine/store/sqlite/index.js';
import { bootServer, stopServer, type ServerProcess } from '../test/web/support/serverProcess.js';
import { benchClients, prepareBenchStore, type BenchServer } from './http.js';

/** Starts `count` server processes on a fresh SQLite file `<dir>/<name>/polku.sqlite` with the bench process and user in it. */
export async function startServerProcesses(
  dir: string,
  name: string,
  xml: string,
  count: number,
): Promise<BenchServer & { pids: number[] }> {
  const dataDir = join(dir, name);
  const store = await createSqliteStore(join(dataDir, 'polku.sqlite'));
  const engine = await createEngine({ store, lint: false });
  await prepareBenchStore(store, engine, xml);
  await engine.close();
  const env = { PORT: '0', POLKU_DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  // The first deploys the project's process files; the others find them deployed.
  const servers: ServerProcess[] = [await bootServer(env, 120_000)];
  servers.push(...(await Promise.all(Array.from({ length: count - 1 }, () => bootServer(env, 120_000)))));
  const run = await benchClients(servers.map((s) => s.url));
  return {
    run,
    pids: servers.map((s) => s.child.pid ?? 0),
    async close() {
      await Promise.all(servers.map((s) => stopServer(s.child)));
    },
  };
}
