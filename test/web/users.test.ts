/** Accounts (admin), session expiry and the store-kept login throttle, over real HTTP and SQLite. */
import { expect } from 'chai';
import { LoginThrottle } from '../../web/loginThrottle.js';
import { anonymous, Client, startTestServer, type TestServer } from './support/harness.js';

const NEW_PASSWORD = 'kuusi kettua karkasi';

/** Signs in with a password and returns a client, or the status when refused. */
async function signIn(server: TestServer, username: string, password: string): Promise<Client | number> {
  const res = await fetch(server.url + '/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) return res.status;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return new Client(server.url, (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrfToken);
}

describe('web: accounts and sessions', () => {
  let server: TestServer;
  let admin: Client;
  before(async () => {
    server = await startTestServer();
    await server.addUser('admin', ['admin']);
    await server.addUser('nurse', ['nurse']);
  });
  // A fresh admin session per test: the expiry test moves the clock past every session's idle time.
  beforeEach(async () => {
    admin = await server.login('admin');
  });
  after(() => server.close());

  async function newUser(username: string, roles: string[]): Promise<string> {
    const res = await admin.call('POST', '/api/users', {
      body: { username, displayName: `${username} (fictional)`, roles, password: NEW_PASSWORD },
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body.id as string;
  }

  it('Given the admin, When she creates a user, Then it is listed without a hash and can sign in; And a nurse gets 403 on every account route', async () => {
    const id = await newUser('ville', ['doctor']);
    const list = await admin.call('GET', '/api/users');
    expect(list.status).to.equal(200);
    expect(list.body.items.find((u: { id: string }) => u.id === id)).to.deep.include({
      username: 'ville',
      roles: ['doctor'],
      disabled: false,
    });
    expect(JSON.stringify(list.body)).to.not.include('scrypt');
    expect(await signIn(server, 'ville', NEW_PASSWORD)).to.be.instanceOf(Client);
    const nurse = await server.login('nurse');
    expect((await nurse.call('GET', '/api/users')).status).to.equal(403);
    expect(
      (await nurse.call('POST', '/api/users', { body: { username: 'x1', displayName: 'x', roles: ['nurse'], password: NEW_PASSWORD } }))
        .status,
    ).to.equal(403);
    expect((await nurse.call('PATCH', `/api/users/${id}`, { body: { roles: ['admin'] } })).status).to.equal(403);
    expect((await nurse.call('POST', `/api/users/${id}/password`, { body: { password: NEW_PASSWORD } })).status).to.equal(403);
  });

  it('Given weak passwords, an unknown role and a taken username, When users are created, Then 400 naming the field, or 409', async () => {
    for (const password of ['lyhyt', 'aaaaaaaaaaaaaaaa', 'anna-salasana-anna']) {
      const res = await admin.call('POST', '/api/users', { body: { username: 'anna', displayName: 'Anna', roles: ['nurse'], password } });
      expect(res.status, password).to.equal(400);
      expect(res.body.error.details[0].path).to.equal('/password');
    }
    const badRole = await admin.call('POST', '/api/users', {
      body: { username: 'anna', displayName: 'Anna', roles: ['superuser'], password: NEW_PASSWORD },
    });
    expect(badRole.status).to.equal(400);
    expect(
      (await admin.call('POST', '/api/users', { body: { username: 'nurse', displayName: 'N', roles: ['nurse'], password: NEW_PASSWORD } }))
        .status,
    ).to.equal(409);
  });

  it('Given a signed-in user, When the admin changes her roles, Then her session ends; And when disabled she cannot sign in at all', async () => {
    const id = await newUser('saara', ['nurse']);
    const saara = (await signIn(server, 'saara', NEW_PASSWORD)) as Client;
    expect((await saara.call('GET', '/api/session')).status).to.equal(200);
    const changed = await admin.call('PATCH', `/api/users/${id}`, { body: { roles: ['nurse', 'doctor'] } });
    expect(changed.status).to.equal(200);
    expect((await saara.call('GET', '/api/session')).status).to.equal(401);
    const again = (await signIn(server, 'saara', NEW_PASSWORD)) as Client;
    expect((await again.call('GET', '/api/session')).body.user.roles).to.deep.equal(['nurse', 'doctor']);
    expect((await admin.call('PATCH', `/api/users/${id}`, { body: { disabled: true } })).status).to.equal(200);
    expect((await again.call('GET', '/api/session')).status).to.equal(401);
    expect(await signIn(server, 'saara', NEW_PASSWORD)).to.equal(401);
  });

  it('Given the admin, When she tries to disable herself or drop her admin role, Then 409 and nothing changes', async () => {
    const me = (await admin.call('GET', '/api/session')).body.user.id as string;
    expect((await admin.call('PATCH', `/api/users/${me}`, { body: { disabled: true } })).status).to.equal(409);
    expect((await admin.call('PATCH', `/api/users/${me}`, { body: { roles: ['nurse'] } })).status).to.equal(409);
    expect((await admin.call('GET', '/api/session')).status).to.equal(200);
  });

  it('Given a user with a session, When the admin resets her password, Then the session ends and only the new password signs in', async () => {
    const id = await newUser('tiina', ['kela']);
    const tiina = (await signIn(server, 'tiina', NEW_PASSWORD)) as Client;
    const res = await admin.call('POST', `/api/users/${id}/password`, { body: { password: 'uusi pitkä salasana' } });
    expect(res.status).to.equal(204);
    expect((await tiina.call('GET', '/api/session')).status).to.equal(401);
    expect(await signIn(server, 'tiina', NEW_PASSWORD)).to.equal(401);
    expect(await signIn(server, 'tiina', 'uusi pitkä salasana')).to.be.instanceOf(Client);
  });

  it('Given sessions, When one idles 31 minutes and another stays active past 12 hours, Then both end', async () => {
    await newUser('idle', ['nurse']);
    const idle = (await signIn(server, 'idle', NEW_PASSWORD)) as Client;
    const busy = (await signIn(server, 'idle', NEW_PASSWORD)) as Client;
    server.advance(29 * 60_000);
    expect((await busy.call('GET', '/api/session')).status).to.equal(200);
    server.advance(2 * 60_000);
    expect((await idle.call('GET', '/api/session')).status).to.equal(401);
    for (let hour = 0; hour < 40; hour++) {
      server.advance(25 * 60_000);
      const status = (await busy.call('GET', '/api/session')).status;
      if (status === 401) {
        // 31 min + n × 25 min past sign-in: the absolute expiry of 12 h is reached after 28 steps at the
        // earliest; before that the session must have held.
        expect(31 + (hour + 1) * 25).to.be.greaterThanOrEqual(12 * 60);
        return;
      }
    }
    expect.fail('the active session outlived its 12 hours');
  });

  it('Given five failed logins, When another server process sharing the store checks the same user and address, Then it refuses too', async () => {
    await newUser('guessed', ['nurse']);
    for (let i = 0; i < 5; i++) {
      expect(
        (await anonymous(server.url).call('POST', '/api/session', { body: { username: 'guessed', password: `arvaus-${i}` } })).status,
      ).to.equal(401);
    }
    expect(await signIn(server, 'guessed', NEW_PASSWORD)).to.equal(429);
    const elsewhere = new LoginThrottle(server.store, () => Date.now());
    let refused = false;
    await elsewhere.check('guessed', '127.0.0.1').catch(() => (refused = true));
    expect(refused).to.equal(true);
  });
});
