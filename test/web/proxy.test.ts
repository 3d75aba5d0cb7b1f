/** Behind a reverse proxy: which address the login throttle counts, and the configuration that says so. */
import { expect } from 'chai';
import { loadConfig } from '../../web/config.js';
import { PASSWORD, startTestServer, type TestServer } from './support/harness.js';

/** Tries to sign in as `username` with `password`, as sent by the proxy for the client at `forwardedFor`. */
async function login(server: TestServer, username: string, password: string, forwardedFor: string): Promise<number> {
  const res = await fetch(server.url + '/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ username, password }),
  });
  return res.status;
}

describe('web: behind a reverse proxy', () => {
  it('Given POLKU_TRUST_PROXY=loopback, When one client fails five times, Then that client is throttled and another client behind the same proxy signs in', async () => {
    const server = await startTestServer({ env: { POLKU_TRUST_PROXY: 'loopback' } });
    try {
      await server.addUser('nurse', ['nurse']);
      for (let n = 0; n < 5; n++) expect(await login(server, 'nurse', 'wrong password!', '203.0.113.5')).to.equal(401);
      expect(await login(server, 'nurse', PASSWORD, '203.0.113.5')).to.equal(429);
      expect(await login(server, 'nurse', PASSWORD, '203.0.113.6')).to.equal(200);
    } finally {
      await server.close();
    }
  });

  it('Given no trusted proxy (the default), When X-Forwarded-For changes, Then it is ignored and the throttle holds for the socket address', async () => {
    const server = await startTestServer();
    try {
      await server.addUser('nurse', ['nurse']);
      for (let n = 0; n < 5; n++) expect(await login(server, 'nurse', 'wrong password!', `203.0.113.${n}`)).to.equal(401);
      expect(await login(server, 'nurse', PASSWORD, '203.0.113.99')).to.equal(429);
    } finally {
      await server.close();
    }
  });

  it('Given the scale settings, When the configuration is read, Then defaults hold and bad values name their variable', () => {
    const defaults = loadConfig({});
    expect(defaults).to.include({
      host: '127.0.0.1',
      trustProxy: false,
      timerIntervalMs: 5_000,
      timerLeaseMs: 60_000,
      shutdownGraceMs: 25_000,
    });
    expect(loadConfig({ POLKU_HOST: '0.0.0.0', POLKU_TRUST_PROXY: '1', POLKU_TIMER_LEASE_MS: '3000' })).to.include({
      host: '0.0.0.0',
      trustProxy: 1,
      timerLeaseMs: 3_000,
    });
    expect(loadConfig({ POLKU_TRUST_PROXY: '10.0.0.0/8, 172.16.0.0/12' }).trustProxy).to.equal('10.0.0.0/8, 172.16.0.0/12');
    expect(() => loadConfig({ POLKU_HOST: 'evil host' })).to.throw(/POLKU_HOST/);
    expect(() => loadConfig({ POLKU_TRUST_PROXY: 'everyone' })).to.throw(/POLKU_TRUST_PROXY/);
    expect(() => loadConfig({ POLKU_TIMER_LEASE_MS: '500' })).to.throw(/POLKU_TIMER_LEASE_MS/);
    expect(() => loadConfig({ POLKU_TIMER_INTERVAL_MS: 'soon' })).to.throw(/POLKU_TIMER_INTERVAL_MS/);
  });
});
