/**
 * The one contract every store adapter keeps: SQLite always, MongoDB when MONGODB_URL names a
 * replica set (no MongoDB server can be installed on the development machines, so it is opt-in).
 */
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { SqliteStore } from '../../../engine/store/sqlite/index.js';
import type { Store } from '../../../engine/store/Store.js';
import { mongoFixture, sqliteFixture, type StoreFixture } from '../../support/stores.js';
import { accountContract, audit } from './contract/accounts.js';
import { deploymentContract } from './contract/deployments.js';
import { concurrentCommitContract, leaseContract } from './contract/leases.js';
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
    accountContract(s);

    if (fixture === sqliteFixture) {
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
