/**
 * What only the PostgreSQL store must show beyond the shared contract: several processes on one
 * database (migrations once, timers never leased twice, revisions checked across pools), and a
 * lost connection that answers "unavailable" and recovers by itself. Runs when the test
 * PostgreSQL answers (POLKU_TEST_PG_URL or DATABASE_URL); required in CI.
 */
import { expect } from 'chai';
import pg from 'pg';
import { AppError } from '../../../../engine/errors.js';
import { createPostgresStore, type PostgresStore } from '../../../../engine/store/postgres/index.js';
import { migrate, MIGRATIONS } from '../../../../engine/store/postgres/migrations.js';
import { createPool } from '../../../../engine/store/postgres/pool.js';
import { isStoreUnavailable } from '../../../../engine/store/unavailable.js';
import { openPostgresSchema, postgresReachable, testPostgresUrl } from '../../../support/stores.js';
import { instance, start } from '../contract/records.js';

const NOW = '2026-03-02T08:00:00.000Z';
const LATER = '2026-03-02T08:01:00.000Z';

if (await postgresReachable()) {
  describe('PostgreSQL store: several processes on one database', function () {
    this.timeout(60_000);
    const url = testPostgresUrl()!;
    let dropSchema: () => Promise<void>;
    let schema: string;
    const opened: PostgresStore[] = [];
    const open = async (poolSize = 4) => {
      const store = await createPostgresStore({ url, schema, poolSize });
      opened.push(store);
      return store;
    };
    beforeEach(async () => {
      ({ schema, dropSchema } = await openPostgresSchema(url));
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      await dropSchema();
    });

    it('Given an empty database, When three processes start at the same moment, Then the migrations are applied once, in order, each recorded', async () => {
      const pools = [1, 2, 3].map(() => createPool({ url, schema, poolSize: 2 }));
      try {
        const applied = await Promise.all(pools.map((p) => migrate(p)));
        expect(applied.flat().sort()).to.deep.equal(MIGRATIONS.map((m) => m.version));
        const rows = (await pools[0].query('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
        expect(rows).to.deep.equal(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
        // And a later start finds nothing to do.
        expect(await migrate(pools[1])).to.deep.equal([]);
      } finally {
        await Promise.all(pools.map((p) => p.end()));
      }
    });

    it('Given 40 due timers, When two processes claim them at once, Then every timer is leased to exactly one of them', async () => {
      const [a, b] = [await open(), await open()];
      for (let i = 0; i < 40; i++) {
        const id = `inst-${String(i).padStart(2, '0')}`;
        await a.commitStep(
          start(instance(id), { timers: [{ id: `timer-${id}`, instanceId: id, activityId: 'wait', executionId: `x-${id}`, dueAt: NOW }] }),
        );
      }
      const claims = await Promise.all(Array.from({ length: 8 }, (_, k) => (k % 2 ? a : b).claimDueTimers(NOW, `owner-${k}`, LATER, 7)));
      const ids = claims.flat().map((t) => t.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(ids.length).to.equal(40);
    });

    it('Given one path, When two processes commit a step on the same revision at once, Then one commits and the other gets a conflict and wrote nothing', async () => {
      const [a, b] = [await open(), await open()];
      await a.commitStep(start(instance('inst-1')));
      const next = (by: string) => ({
        ...start(instance('inst-1', { revision: 2, variables: { by } })),
        expectedRevision: 1,
      });
      const results = await Promise.allSettled([a.commitStep(next('a')), b.commitStep(next('b'))]);
      const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
      expect(failed).to.have.length(1);
      expect(failed[0].reason).to.be.instanceOf(AppError).with.property('code', 'conflict');
      const stored = await b.getInstance('inst-1');
      expect(stored!.revision).to.equal(2);
      expect(['a', 'b']).to.include(stored!.variables.by);
    });

    it('Given a running store, When the database ends all its connections, Then a request fails as unavailable or succeeds, and the store recovers without a restart', async () => {
      const store = await open(3);
      await store.commitStep(start(instance('inst-1')));
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        // When: every connection of the store's pool is terminated by the server (a restart, a failover, a network cut).
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND query NOT ILIKE '%pg_stat_activity%'`,
        );
      } finally {
        await admin.end();
      }
      // Then: a request on a dead connection fails as unavailable (503), never as a bug (500)...
      try {
        await store.getInstance('inst-1');
      } catch (err) {
        expect(isStoreUnavailable(err), String(err)).to.equal(true);
      }
      // ...and the next ones reconnect by themselves.
      let ok = false;
      for (let i = 0; i < 20 && !ok; i++) ok = await store.ping();
      expect(ok).to.equal(true);
      expect((await store.getInstance('inst-1'))!.revision).to.equal(1);
    });

    it('Given DATABASE_URL naming a port where no PostgreSQL listens, When a read and a step run, Then both fail as unavailable (503), not as bugs', async () => {
      const dead = new URL(url);
      dead.port = '1';
      const pool = createPool({ url: dead.toString(), poolSize: 1 });
      const { PostgresStore } = await import('../../../../engine/store/postgres/PostgresStore.js');
      const store = new PostgresStore(pool);
      try {
        expect(await store.ping()).to.equal(false);
        const errors = await Promise.allSettled([store.getInstance('x'), store.commitStep(start(instance('inst-1')))]);
        for (const r of errors) {
          expect(r.status).to.equal('rejected');
          expect(isStoreUnavailable((r as PromiseRejectedResult).reason), String((r as PromiseRejectedResult).reason)).to.equal(true);
        }
      } finally {
        await store.close();
      }
    });
  });
}
