/**
 * `DATABASE_URL=postgres://… npm start` on a fresh database: the server creates the schema, the
 * demo users, the processes and the demo paths there, and a second server on the same database
 * finds them and serves the same users and tasks. Runs when the test PostgreSQL answers (required in CI).
 */
import { expect } from 'chai';
import { postgresReachable, postgresSchemaUrl, testPostgresUrl } from '../support/stores.js';
import { bootServer, signIn, stopServer, type ServerProcess } from './support/serverProcess.js';

if (await postgresReachable()) {
  describe('Feature: the server on PostgreSQL with demo data', function () {
    // Two servers under tsx, the first seeding the demo paths, on a loaded 2-core machine.
    this.timeout(240_000);

    it('Scenario: DATABASE_URL names an empty database. Then the first server seeds the demo users and paths, and a second server on it serves the same users, sessions and tasks', async () => {
      const { url, dropSchema } = await postgresSchemaUrl(testPostgresUrl()!);
      const servers: ServerProcess[] = [];
      try {
        // Given an empty database, When a server starts on it with the demo defaults.
        const env = { PORT: '0', DATABASE_URL: url, LOG_LEVEL: 'info', POLKU_DATA_DIR: '/nonexistent/no-sqlite-here' };
        servers.push(await bootServer(env, 180_000));
        const first = servers[0]!;
        expect(first.output()).to.match(/using the PostgreSQL store/);
        expect(first.output()).to.match(/Created \d+ fictional demo users/);
        expect(first.output()).to.match(/Started \d+ fictional demo client paths/);

        // And a second server starts on the same database.
        servers.push(await bootServer(env, 180_000));
        const second = servers[1]!;
        expect(second.output(), 'the second server seeds nothing again').to.not.match(/Created \d+ fictional demo users/);

        // Then the nurse signs in on the second and sees the demo tasks the first one started.
        const headers = await signIn(second.url, 'nurse', 'polku-demo');
        const inbox = (await (await fetch(second.url + '/api/tasks?state=open', { headers })).json()) as { items: unknown[] };
        expect(inbox.items.length).to.be.greaterThan(0);
        // And the session made on the second is good on the first: sessions live in the database.
        const me = await fetch(first.url + '/api/session', { headers });
        expect(me.status).to.equal(200);
        const ready = await Promise.all(servers.map(async (s) => (await fetch(s.url + '/readyz')).status));
        expect(ready).to.deep.equal([200, 200]);
      } finally {
        await Promise.all(servers.map((s) => stopServer(s.child)));
        await dropSchema();
      }
    });
  });
}
