/**
 * The durable engine over HTTP for the benchmark: a real Polku server on 127.0.0.1 (port 0) on a
 * fresh SQLite file, one signed-in user, and clients that run instances through the public API
 * (start, list the open task, complete it) as the web app would.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createEngine, type PolkuEngineApi } from '../engine/index.js';
import type { Store } from '../engine/store/Store.js';
import { createSqliteStore } from '../engine/store/sqlite/index.js';
import { hashPassword } from '../engine/usecases/passwords.js';
import * as forms from '../forms/index.js';
import { createApp } from '../web/app.js';
import { loadConfig } from '../web/config.js';

const PASSWORD = 'bench-only-password';

export interface BenchServer {
  /** Runs `n` instances start → 3 completions → end with `clients` concurrent clients; returns instances/s. */
  run(n: number, clients: number): Promise<number>;
  close(): Promise<void>;
}

/** Puts the bench process and its one user (all three task roles) into `store`. */
export async function prepareBenchStore(store: Store, engine: Pick<PolkuEngineApi, 'deploy'>, xml: string): Promise<void> {
  await engine.deploy('bench', xml);
  await store.saveUser({
    id: randomUUID(),
    username: 'bench',
    displayName: 'Bench (fictional)',
    roles: ['case-manager', 'nurse', 'doctor'],
    passwordHash: await hashPassword(PASSWORD),
    createdAt: new Date().toISOString(),
  });
}

/**
 * Clients for the servers at `urls` (all on one store): signs in once at the first — the session
 * lives in the store, so every server takes it — and runs instances with client i on server
 * i mod urls.length, as a proxy spreading connections would.
 */
export async function benchClients(urls: string[]): Promise<(n: number, clients: number) => Promise<number>> {
  const login = await fetch(`${urls[0]}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`bench login gave ${login.status}`);
  const headers = {
    cookie: (login.headers.get('set-cookie') ?? '').split(';')[0],
    'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken,
    'content-type': 'application/json',
  };

  async function call<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const parsed = (await res.json()) as T;
    if (res.status >= 300) throw new Error(`${method} ${path} gave ${res.status}: ${JSON.stringify(parsed)}`);
    return parsed;
  }

  async function oneInstance(url: string): Promise<void> {
    const started = await call<{ id: string }>(url, 'POST', '/api/process-instances', { processKey: 'bench' });
    for (let step = 0; step < 3; step++) {
      const page = await call<{ items: { id: string }[] }>(url, 'GET', `/api/tasks?processInstanceId=${started.id}&state=open&limit=1`);
      await call(url, 'POST', `/api/tasks/${page.items[0].id}/complete`, { data: { approved: true } });
    }
  }

  return async (n, clients) => {
    let next = 0;
    const began = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        const url = urls[i % urls.length];
        while (next < n) {
          next++;
          await oneInstance(url);
        }
      }),
    );
    return n / ((performance.now() - began) / 1000);
  };
}

/** Starts a server on a fresh SQLite file in `dir` with the process deployed and one user signed in. */
export async function startBenchServer(dir: string, name: string, xml: string): Promise<BenchServer> {
  const store = await createSqliteStore(join(dir, `${name}.sqlite`));
  const engine = await createEngine({ store, lint: false });
  await prepareBenchStore(store, engine, xml);
  const config = loadConfig({ LOG_LEVEL: 'silent', POLKU_DATA_DIR: dir });
  const app = createApp({ engine, store, config, forms });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const run = await benchClients([`http://127.0.0.1:${(server.address() as AddressInfo).port}`]);
  return {
    run,
    async close() {
      app.health.stopProbe();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
    },
  };
}
