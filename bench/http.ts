/**
 * The durable engine over HTTP for the benchmark: a real Polku server on 127.0.0.1 (port 0) on a
 * fresh SQLite file, one signed-in user, and clients that run instances through the public API
 * (start, list the open task, complete it) as the web app would.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createEngine } from '../engine/index.js';
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

/** Starts a server on a fresh SQLite file in `dir` with the process deployed and one user signed in. */
export async function startBenchServer(dir: string, name: string, xml: string): Promise<BenchServer> {
  const store = await createSqliteStore(join(dir, `${name}.sqlite`));
  const engine = await createEngine({ store, lint: false });
  await engine.deploy('bench', xml);
  await store.saveUser({
    id: randomUUID(),
    username: 'bench',
    displayName: 'Bench (fictional)',
    roles: ['case-manager', 'nurse', 'doctor'],
    passwordHash: await hashPassword(PASSWORD),
    createdAt: new Date().toISOString(),
  });
  const config = loadConfig({ LOG_LEVEL: 'silent', POLKU_DATA_DIR: dir });
  const app = createApp({ engine, store, config, forms });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await fetch(`${url}/api/session`, {
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

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const parsed = (await res.json()) as T;
    if (res.status >= 300) throw new Error(`${method} ${path} gave ${res.status}: ${JSON.stringify(parsed)}`);
    return parsed;
  }

  async function oneInstance(): Promise<void> {
    const started = await call<{ id: string }>('POST', '/api/process-instances', { processKey: 'bench' });
    for (let step = 0; step < 3; step++) {
      const page = await call<{ items: { id: string }[] }>('GET', `/api/tasks?processInstanceId=${started.id}&state=open&limit=1`);
      await call('POST', `/api/tasks/${page.items[0].id}/complete`, { data: { approved: true } });
    }
  }

  return {
    async run(n, clients) {
      let next = 0;
      const began = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (next < n) {
            next++;
            await oneInstance();
          }
        }),
      );
      return n / ((performance.now() - began) / 1000);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
    },
  };
}
