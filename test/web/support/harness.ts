/** A real Polku HTTP server on 127.0.0.1 (port 0) over a real SQLite file in a temp dir, and a cookie-keeping client. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createEngine } from '../../../engine/index.js';
import type { PolkuEngineApi } from '../../../engine/api.js';
import type { Store } from '../../../engine/store/Store.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import { hashPassword } from '../../../engine/usecases/passwords.js';
import * as forms from '../../../forms/index.js';
import { createApp, type AppOptions } from '../../../web/app.js';
import { loadConfig } from '../../../web/config.js';
import { createLogger } from '../../../web/log.js';
import { Metrics } from '../../../web/metrics.js';
import { tempDir } from '../../support/stores.js';

export const PASSWORD = 'correct horse battery';

/** Every log line of every test server in this run, for the henkilötunnus scan in test/security/logScan.test.ts. */
export const serverLogLines: string[] = [];
const passwordHash = hashPassword(PASSWORD);

export interface TestServer {
  url: string;
  store: Store;
  engine: PolkuEngineApi;
  /** Moves the server's clock (engine and use-cases) forward. */
  advance(ms: number): void;
  /** Creates a user with these roles (username unique per server). */
  addUser(username: string, roles: string[]): Promise<void>;
  /** Signs in and returns a client carrying the cookie and CSRF token. */
  login(username: string): Promise<Client>;
  close(): Promise<void>;
}

/** Status, parsed body and headers of one answer. */
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the API with the session cookie and, unless told otherwise, the CSRF header. */
export class Client {
  constructor(
    readonly url: string,
    readonly cookie: string | null,
    readonly csrfToken: string | null,
  ) {}

  /** Sends a request; `body` is JSON-encoded unless `raw` is given. */
  async call<T = any>(
    method: string,
    path: string,
    options: { body?: unknown; raw?: string; contentType?: string; csrf?: boolean } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && options.csrf !== false) headers['x-csrf-token'] = this.csrfToken;
    let body: string | undefined;
    if (options.raw !== undefined || options.body !== undefined) {
      body = options.raw ?? JSON.stringify(options.body);
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    const res = await fetch(this.url + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
}

/** Starts a server; close() stops it and removes the temp dir. */
export async function startTestServer(
  options: { logLines?: string[]; env?: Record<string, string>; app?: (clock: () => Date) => Partial<AppOptions> } = {},
): Promise<TestServer> {
  const tmp = tempDir('polku-web-');
  const store = await createSqliteStore(join(tmp.dir, 'polku.sqlite'));
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const metrics = new Metrics();
  const engine = await createEngine({ store, clock, observer: metrics });
  const config = loadConfig({ LOG_LEVEL: 'silent', POLKU_DATA_DIR: tmp.dir, ...options.env });
  const logger = createLogger('debug', (line) => {
    serverLogLines.push(line);
    options.logLines?.push(line);
  });
  const app = createApp({ engine, store, config, forms, clock, logger, metrics, ...options.app?.(clock) });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    engine,
    advance(ms) {
      offset += ms;
    },
    async addUser(username, roles) {
      await store.saveUser({
        id: randomUUID(),
        username,
        displayName: `${username} (fictional)`,
        roles,
        passwordHash: await passwordHash,
        createdAt: new Date().toISOString(),
      });
    },
    async login(username) {
      const res = await fetch(url + '/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`login of ${username} gave ${res.status}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return new Client(url, cookie, csrfToken);
    },
    async close() {
      app.health.stopProbe();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
      tmp.dispose();
    },
  };
}

/** A client without a session. */
export function anonymous(url: string): Client {
  return new Client(url, null, null);
}
