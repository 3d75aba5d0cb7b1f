import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { tempDir } from '../support/stores.js';

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Spawns web/server.ts like `npm start` does (via tsx instead of the build); resolves on the listening line. */
function boot(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/server.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line in 40 s:\n${out}`)), 15_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /Polku listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, output: () => out, url: m[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('web: server start-up', function () {
  this.timeout(90_000);

  it('Given an empty data dir, When the server starts, Then it prints the listening line, says demo users exist, answers /healthz and /readyz, lets a demo user in and stops on SIGTERM', async () => {
    const tmp = tempDir('polku-boot-');
    const port = await freePort();
    const server = await boot({ PORT: String(port), POLKU_DATA_DIR: tmp.dir, POLKU_DEMO_PASSWORD: 'boot-test-secret' });
    try {
      expect(server.url).to.equal(`http://127.0.0.1:${port}`);
      expect(server.output()).to.match(/demo users/i).and.include('POLKU_DEMO_PASSWORD');
      expect(server.output()).to.not.include('boot-test-secret');
      expect((await fetch(server.url + '/healthz')).status).to.equal(200);
      expect((await fetch(server.url + '/readyz')).status).to.equal(200);
      const login = await fetch(server.url + '/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'case-manager', password: 'boot-test-secret' }),
      });
      expect(login.status).to.equal(200);
      const body = (await login.json()) as { user: { roles: string[]; displayName: string } };
      expect(body.user.roles).to.deep.equal(['case-manager']);
      expect(body.user.displayName).to.include('demo');
    } finally {
      expect(await stop(server.child)).to.equal(0);
      tmp.dispose();
    }
  });

  it('Given NODE_ENV=production, When the server starts on an empty store, Then no demo user exists', async () => {
    const tmp = tempDir('polku-boot-');
    const server = await boot({ PORT: String(await freePort()), POLKU_DATA_DIR: tmp.dir, NODE_ENV: 'production' });
    try {
      expect(server.output()).to.not.match(/demo users/i);
      const login = await fetch(server.url + '/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'nurse', password: 'polku-demo' }),
      });
      expect(login.status).to.equal(401);
    } finally {
      await stop(server.child);
      tmp.dispose();
    }
  });
});
