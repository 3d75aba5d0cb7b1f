/** A real Polku server as a child process (web/server.ts under tsx, as `npm start` runs the build), and ways to stop it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createEngine } from '../../../engine/index.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import type { Store } from '../../../engine/store/Store.js';
import { hashPassword } from '../../../engine/usecases/passwords.js';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code and signal once it has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns web/server.ts with `env` over the test's environment; resolves on the listening line (PORT=0 picks a free port). */
export function bootServer(env: Record<string, string>, startupMs = 40_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/server.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no listening line in ${startupMs / 1000} s:\n${out}`));
    }, startupMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /Polku listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

/** Sends `signal` (SIGTERM by default) unless it has exited already; resolves with the exit code. */
export async function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill(signal);
  return exit;
}

/** Prepares a store file for server processes: deploys `xml` (no lint) and adds users with `password`; closes it again. */
export async function seedStore(
  file: string,
  xml: string,
  users: { username: string; roles: string[] }[],
  password: string,
): Promise<void> {
  await seedOpenStore(await createSqliteStore(file), xml, users, password);
}

/** The same for a store already open (any adapter); closes it. */
export async function seedOpenStore(
  store: Store,
  xml: string,
  users: { username: string; roles: string[] }[],
  password: string,
): Promise<void> {
  const engine = await createEngine({ store, lint: false });
  await engine.deploy('test.bpmn', xml);
  const passwordHash = await hashPassword(password);
  for (const u of users) {
    await store.saveUser({
      id: randomUUID(),
      username: u.username,
      displayName: `${u.username} (fictional)`,
      roles: u.roles,
      passwordHash,
      createdAt: new Date().toISOString(),
    });
  }
  await engine.close();
}

/** Signs in at `url`; returns the headers (cookie, CSRF token, JSON) that every server on the same store accepts. */
export async function signIn(url: string, username: string, password: string): Promise<Record<string, string>> {
  const login = await fetch(url + '/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${username} gave ${login.status}`);
  return {
    cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]!,
    'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken,
    'content-type': 'application/json',
  };
}
