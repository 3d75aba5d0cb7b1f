/**
 * The one contract every store adapter keeps: SQLite always, MongoDB when MONGODB_URL names a
 * replica set (no MongoDB server can be installed on the development machines, so it is opt-in).
 */
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { SqliteStore } from '../../../engine/store/sqlite/index.js';
import { countSql, inboxSql } from '../../../engine/store/sqlite/inbox.js';
import type { Store } from '../../../engine/store/Store.js';
import { mongoFixture, sqliteFixture, type StoreFixture } from '../../support/stores.js';
import { accountContract, audit } from './contract/accounts.js';
import { instance, start, task } from './contract/records.js';
import { deploymentContract } from './contract/deployments.js';
import { inboxContract } from './contract/inbox.js';
import { concurrentCommitContract, leaseContract } from './contract/leases.js';
import { meetingContract } from './contract/meetings.js';
import { ipsFiguresContract } from './contract/ipsFigures.js';
import { queryContract } from './contract/queries.js';
import { stepContract } from './contract/steps.js';

/** Registers the whole Store contract against a fresh store from `fixture` for each test. */
export function describeStoreContract(fixture: StoreFixture): void {
  describe(`Store contract: ${fixture.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await fixture.open());
    });
    afterEach(() => dispose());
    const s = () => store;

    it('Given a fresh store, When pinged and initialised again, Then it answers and init is idempotent', async () => {
      expect(await s().ping()).to.equal(true);
      await s().init();
      expect(await s().countUsers()).to.equal(0);
    });

    deploymentContract(s);
    stepContract(s);
    leaseContract(s);
    concurrentCommitContract(s);
    queryContract(s);
    inboxContract(s);
    accountContract(s);
    meetingContract(s);
    ipsFiguresContract(s);

    if (fixture === sqliteFixture) {
      it('Given a database from before task_roles (tasks but no role rows), When the store initialises, Then the inbox finds the tasks', async () => {
        await s().commitStep(start(instance('inst-1'), { tasks: [task('t-1', 'inst-1', { roles: ['nurse', 'doctor'] })] }));
        const raw = new Database((s() as SqliteStore).file);
        raw.prepare('DELETE FROM task_roles').run();
        raw.close();
        expect(await s().listInbox({ roles: ['nurse'], state: 'open', limit: 10 })).to.have.length(0);
        await s().init();
        expect((await s().listInbox({ roles: ['doctor'], state: 'open', limit: 10 })).map((t) => t.id)).to.deep.equal(['t-1']);
      });

      it('Given the inbox list and counts, When SQLite plans them, Then both search the index on (role, state, assignee, expected_by)', async () => {
        const raw = new Database((s() as SqliteStore).file, { readonly: true });
        try {
          const plan = ({ sql, params }: { sql: string; params: Record<string, unknown> }) =>
            (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');
          const roles = ['nurse', 'doctor'];
          const list = inboxSql({ roles, state: 'open', assignee: 'user-ella', orUnassigned: true, lateAt: '2026-03-01T00:00:00.000Z', limit: 50 });
          expect(plan(list)).to.match(/SEARCH task_roles USING COVERING INDEX task_roles_inbox \(role=\? AND state=\?/);
          expect(plan(countSql({ roles, userId: 'user-ella', now: '2026-03-01T00:00:00.000Z', processKey: 'trial' }))).to.match(
            /SEARCH task_roles USING COVERING INDEX task_roles_inbox \(role=\? AND state=\?/,
          );
        } finally {
          raw.close();
        }
      });

      it('Given access log entries, When another connection runs a raw UPDATE or DELETE on the audit table, Then the database refuses both', async () => {
        await s().appendAudit([audit('kept')]);
        const raw = new Database((s() as SqliteStore).file);
        try {
          expect(() => raw.prepare(`UPDATE audit SET detail = 'changed'`).run()).to.throw(/append-only/);
          expect(() => raw.prepare('DELETE FROM audit').run()).to.throw(/append-only/);
        } finally {
          raw.close();
        }
        expect((await s().listAudit('client-001')).map((a) => a.detail)).to.deep.equal(['kept']);
      });
    }
  });
}

describeStoreContract(sqliteFixture);

if (process.env.MONGODB_URL) {
  describeStoreContract(mongoFixture);
} else {
  describe('Store contract: MongoDB', () => {
    // No tests are registered, so mocha prints nothing for this suite; the line says why.
    console.log('MongoDB store contract tests skipped: MONGODB_URL is not set (no MongoDB server can be installed on this machine)');
  });
}
