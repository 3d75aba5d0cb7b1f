import { expect } from 'chai';
import { anonymous, Client, PASSWORD, startTestServer, type TestServer } from './support/harness.js';

describe('web: session', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.addUser('nurse', ['nurse']);
    await server.addUser('doctor', ['doctor']);
  });
  after(() => server.close());

  it('Given a demo nurse, When she logs in with the right password, Then she gets her user, a CSRF token and an HttpOnly SameSite=Strict cookie', async () => {
    const res = await anonymous(server.url).call('POST', '/api/session', { body: { username: 'nurse', password: PASSWORD } });
    expect(res.status).to.equal(200);
    expect(res.body.user).to.include({ username: 'nurse' });
    expect(res.body.user.roles).to.deep.equal(['nurse']);
    expect(res.body.user).to.not.have.property('passwordHash');
    expect(res.body.csrfToken).to.be.a('string').with.length.above(30);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).to.match(/^polku_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).to.include('HttpOnly').and.include('SameSite=Strict').and.include('Path=/');
  });

  it('Given a session, When GET /api/session is called, Then it answers the same user; And after DELETE it answers 401', async () => {
    const client = await server.login('doctor');
    const me = await client.call('GET', '/api/session');
    expect(me.status).to.equal(200);
    expect(me.body.user.username).to.equal('doctor');
    expect(me.body.csrfToken).to.equal(client.csrfToken);
    const out = await client.call('DELETE', '/api/session');
    expect(out.status).to.equal(204);
    expect((await client.call('GET', '/api/session')).status).to.equal(401);
  });

  it('Given a wrong password and an unknown user, When each logs in, Then both get the same 401 answer', async () => {
    const wrong = await anonymous(server.url).call('POST', '/api/session', { body: { username: 'doctor', password: 'nope-nope' } });
    const unknown = await anonymous(server.url).call('POST', '/api/session', { body: { username: 'nobody', password: 'nope-nope' } });
    expect(wrong.status).to.equal(401);
    expect(unknown.status).to.equal(401);
    expect(wrong.body).to.deep.equal(unknown.body);
    expect(wrong.body.error.code).to.equal('unauthenticated');
    expect(wrong.headers.get('set-cookie')).to.equal(null);
  });

  it('Given five failed logins for one username, When the right password is tried next, Then it gets 429 rate_limited', async () => {
    await server.addUser('kela', ['kela']);
    for (let i = 0; i < 5; i++) {
      const res = await anonymous(server.url).call('POST', '/api/session', { body: { username: 'kela', password: `guess-${i}` } });
      expect(res.status).to.equal(401);
    }
    const res = await anonymous(server.url).call('POST', '/api/session', { body: { username: 'kela', password: PASSWORD } });
    expect(res.status).to.equal(429);
    expect(res.body.error.code).to.equal('rate_limited');
  });

  it('Given no session, When the API is called, Then it answers 401 unauthenticated', async () => {
    const res = await anonymous(server.url).call('GET', '/api/tasks');
    expect(res.status).to.equal(401);
    expect(res.body.error.code).to.equal('unauthenticated');
  });

  it('Given a session, When a POST comes without or with a wrong x-csrf-token, Then it answers 403 and nothing is started', async () => {
    const client = await server.login('nurse');
    const missing = await client.call('POST', '/api/process-instances', { body: { processKey: 'any' }, csrf: false });
    expect(missing.status).to.equal(403);
    expect(missing.body.error.code).to.equal('forbidden');
    const forged = new Client(client.url, client.cookie, 'x'.repeat(43));
    expect((await forged.call('DELETE', '/api/session')).status).to.equal(403);
    expect((await client.call('GET', '/api/session')).status).to.equal(200);
    expect(await server.store.listInstances({})).to.have.length(0);
  });
});
