/**
 * The lower findings of the outside attack (issue 19, items 13-16), against a real server and
 * SQLite store: a login throttle a hospital NAT survives, the CSV formula guard, limits on start
 * variables no form checks, and what /metrics and the BPMN XML show to whom.
 */
import { expect } from 'chai';
import { toCsv } from '../../web/app/src/features/reports/format.js';
import { linearProcess } from './support/bpmn.js';
import { anonymous, PASSWORD, startTestServer, type Client, type TestServer } from './support/harness.js';

/** Tries to sign in as `username`, as sent by a trusted proxy for the client at `forwardedFor`. */
async function login(server: TestServer, username: string, password: string, forwardedFor: string): Promise<number> {
  const res = await fetch(server.url + '/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ username, password }),
  });
  return res.status;
}

describe('web: lower findings of the outside attack (issue 19, items 13-16)', function () {
  this.timeout(120_000);

  describe('item 13: the login throttle', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ env: { POLKU_TRUST_PROXY: 'loopback' } });
    });
    after(() => server.close());

    it('Given sixty failed logins of thirty colleagues behind one hospital address, when another colleague there signs in with her password, then she gets in', async () => {
      const NAT = '198.51.100.7';
      for (let n = 0; n < 30; n++) await server.addUser(`staff-${n}`, ['nurse']);
      await server.addUser('staff-ok', ['nurse']);
      for (let n = 0; n < 30; n++)
        for (const guess of ['Väärä salasana 1', 'Väärä salasana 2']) expect(await login(server, `staff-${n}`, guess, NAT)).to.equal(401);
      expect(await login(server, 'staff-ok', PASSWORD, NAT)).to.equal(200);
    });

    it('Given one account guessed at from twenty addresses, when the right password comes from a twenty-first, then it backs off with 429 while other accounts sign in; the back-off passes', async () => {
      await server.addUser('target', ['doctor']);
      await server.addUser('bystander', ['doctor']);
      for (let n = 0; n < 20; n++) expect(await login(server, 'target', `guess ${n} wrong!`, `203.0.113.${n + 1}`)).to.equal(401);
      expect(await login(server, 'target', PASSWORD, '203.0.113.200')).to.equal(429);
      expect(await login(server, 'bystander', PASSWORD, '203.0.113.200')).to.equal(200);
      server.advance(61_000);
      expect(await login(server, 'target', PASSWORD, '203.0.113.200')).to.equal(200);
    });
  });

  describe('item 14: the CSV formula guard', () => {
    it('Given report cells starting with = + - @, a TAB or a CR, when they are written as CSV, then each is neutralised with a leading quote', () => {
      const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1+1', '\r=1+1', 'Terveystarkastus'];
      const csv = toCsv(
        ['a'],
        cells.map((c) => [c]),
      );
      const lines = csv.split('\r\n').slice(1, -1);
      // A CR inside a quoted field stays inside it: split on the quoted-field boundaries instead.
      const fields = csv
        .slice(csv.indexOf('\r\n') + 2)
        .split('"\r\n"')
        .map((f) => f.replace(/^"|"\r\n$/g, ''));
      expect(fields).to.deep.equal(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1+1", "'\r=1+1", 'Terveystarkastus']);
      expect(lines.length).to.be.greaterThan(0);
      // Numbers are numbers, not formulas: a negative count stays as it is.
      expect(toCsv(['n'], [[-3]])).to.equal('"n"\r\n"-3"\r\n');
    });
  });

  describe('items 15 and 16: start variables, /metrics and the BPMN XML', () => {
    let server: TestServer;
    let nurse: Client;
    let owner: Client;
    before(async () => {
      server = await startTestServer({ env: { POLKU_METRICS_TOKEN: 'scraper-token-0123456789' } });
      await server.addUser('owner', ['process-owner']);
      await server.addUser('nurse', ['nurse']);
      await server.addUser('client-user', ['client']);
      [owner, nurse] = await Promise.all([server.login('owner'), server.login('nurse')]);
      const xml = linearProcess('free-start', [{ id: 'a', name: 'A', role: 'nurse' }]);
      expect((await owner.call('POST', '/api/deployments', { body: { name: 'f.bpmn', xml } })).status).to.equal(201);
    });
    after(() => server.close());

    it('Given a process without a start form, when it is started with oversized, over-many, NUL or lone-surrogate variables, then each is refused naming the field and nothing starts', async () => {
      const keys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 1]));
      const cases: [Record<string, unknown>, string][] = [
        [{ note: 'x'.repeat(900_000) }, '/variables/note'],
        [keys, '/variables'],
        [{ note: 'a\u0000b' }, '/variables/note'],
        [{ note: 'a\uD800b' }, '/variables/note'],
        [{ 'bad key!': 'x' }, '/variables'],
        [{ deep: { a: { b: { c: { d: { e: { f: { g: { h: 1 } } } } } } } } }, '/variables/deep/a/b/c/d/e/f/g'],
      ];
      for (const [variables, path] of cases) {
        const res = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'free-start', variables } });
        expect(res.status, path).to.equal(400);
        expect(
          res.body.error.details.map((d: { path: string }) => d.path),
          path,
        ).to.include(path);
      }
      expect(await server.store.listInstances({ processKey: 'free-start' })).to.deep.equal([]);
      // Ordinary variables still start the path: the limits are a form's, not a ban.
      const ok = await nurse.call('POST', '/api/process-instances', {
        body: { processKey: 'free-start', variables: { note: 'Hei\nrivi 2', n: 3 } },
      });
      expect(ok.status, JSON.stringify(ok.body)).to.equal(201);
    });

    it('Given a business key carrying a henkilötunnus without its century sign, when a path is started with it, then it is refused without echoing it', async () => {
      const res = await nurse.call('POST', '/api/process-instances', {
        body: { processKey: 'free-start', businessKey: 'asia 131052308T' },
      });
      expect(res.status).to.equal(400);
      expect(res.body.error.details).to.deep.equal([{ path: '/businessKey', message: 'no personal identity code' }]);
      expect(JSON.stringify(res.body)).not.to.contain('131052308T');
      // A ten-digit case number whose check character does not hold is no henkilötunnus.
      const fine = await nurse.call('POST', '/api/process-instances', {
        body: { processKey: 'free-start', businessKey: 'asia 1310523081' },
      });
      expect(fine.status, JSON.stringify(fine.body)).to.equal(201);
    });

    it('Given POLKU_METRICS_TOKEN, when /metrics is scraped without, with a wrong, and with the token, then 401, 401 and the counts', async () => {
      expect((await anonymous(server.url).call('GET', '/metrics')).status).to.equal(401);
      const wrong = await fetch(server.url + '/metrics', { headers: { authorization: 'Bearer not-the-token-at-all' } });
      expect(wrong.status).to.equal(401);
      const right = await fetch(server.url + '/metrics', { headers: { authorization: 'Bearer scraper-token-0123456789' } });
      expect(right.status).to.equal(200);
      expect(await right.text()).to.contain('polku_http_requests_total');
    });

    it('Given a deployed process, when the client role asks for its BPMN XML, then it is forbidden; a worker and an owner read it', async () => {
      const client = await server.login('client-user');
      expect((await client.call('GET', '/api/process-definitions/free-start/xml')).status).to.equal(403);
      for (const c of [nurse, owner]) {
        const res = await c.call('GET', '/api/process-definitions/free-start/xml');
        expect(res.status).to.equal(200);
        expect(String(res.body)).to.contain('free-start');
      }
    });
  });

  describe('item 16: /metrics without a token', () => {
    it('Given no POLKU_METRICS_TOKEN, when /metrics is scraped without sign-in, then it answers the counts, which carry no client pseudonym', async () => {
      const server = await startTestServer();
      try {
        const res = await anonymous(server.url).call('GET', '/metrics');
        expect(res.status).to.equal(200);
        expect(String(res.body)).not.to.match(/C-[0-9A-F]{10}/);
      } finally {
        await server.close();
      }
    });
  });
});
