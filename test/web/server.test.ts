import { expect } from 'chai';
import { createServer } from 'node:net';
import { tempDir } from '../support/stores.js';
import { bootServer as boot, stopServer as stop } from './support/serverProcess.js';

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

describe('web: server start-up', function () {
  this.timeout(90_000);

  it('Given an empty data dir, When the server starts, Then it prints the listening line, says demo users exist, answers /healthz and /readyz, lets a demo user in and stops on SIGTERM', async () => {
    const tmp = tempDir('polku-boot-');
    const port = await freePort();
    const server = await boot({ PORT: String(port), POLKU_DATA_DIR: tmp.dir, POLKU_DEMO_PASSWORD: 'boot-test-secret' });
    try {
      expect(server.url).to.equal(`http://127.0.0.1:${port}`);
      expect(server.output())
        .to.match(/demo users/i)
        .and.include('POLKU_DEMO_PASSWORD');
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
