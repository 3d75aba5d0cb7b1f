/**
 * The benchmark's bulk load must leave the file as the store itself would: the same indexes and
 * triggers, and report aggregates equal to the ones the store computes from the rows.
 */
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { generatePaths } from '../../../bench/reports/generate.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import { backfillReports } from '../../../engine/store/sqlite/reportSchema.js';
import { createLogger } from '../../../web/log.js';
import { deployProcessFiles } from '../../../web/processFiles.js';
import { givenEngine } from '../../support/engine.js';

const AGGREGATES = ['activity_stats', 'activity_waits', 'referral_counts', 'outcomes', 'process_clients', 'report_counters'];

function snapshot(db: Database.Database): Record<string, unknown[]> {
  const columns = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name).join(', ');
  return Object.fromEntries(AGGREGATES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY ${columns(t)}`).all()]));
}

const schema = (db: Database.Database) => db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).all();

describe('bench: bulk load of the reports benchmark', () => {
  it('Given the processes deployed, When 3,000 paths are loaded in bulk, Then the schema is the store’s and its aggregates are the ones the store computes from the rows', async () => {
    const fx = await givenEngine({ lint: false });
    try {
      await deployProcessFiles(fx.engine, createLogger('error'));
      const first = new Database(fx.file, { readonly: true });
      const before = schema(first);
      first.close();
      await fx.engine.close();
      const now = Date.parse('2026-11-23T12:00:00.000Z');
      const written = generatePaths(fx.file, { paths: 3000, now, budgetMs: 60_000, log: () => {} });
      expect(written).to.equal(3000);

      const db = new Database(fx.file);
      try {
        expect(db.pragma('journal_mode', { simple: true })).to.equal('wal');
        expect(schema(db)).to.deep.equal(before);
        const counts = db
          .prepare(`SELECT (SELECT COUNT(*) FROM instances) AS paths, (SELECT COUNT(*) FROM tasks WHERE state = 'open') AS open`)
          .get();
        expect(counts).to.deep.include({ paths: 3000 });
        const loaded = snapshot(db);
        expect(loaded.outcomes).to.not.be.empty;
        // When the store fills its aggregates from the rows, as for a file made before they existed.
        db.prepare(`DELETE FROM report_counters WHERE name IN ('open_tasks', 'running_instances')`).run();
        backfillReports(db);
        expect(snapshot(db)).to.deep.equal(loaded);
      } finally {
        db.close();
      }

      // And the store opens the file and serves its inbox from it.
      const store = await createSqliteStore(fx.file);
      try {
        const page = await store.listInbox({ roles: ['case-manager'], state: 'open', processKey: 'team-process', limit: 5 });
        expect(page).to.have.length(5);
        expect(page.every((t) => t.processKey === 'team-process' && t.clientRef)).to.equal(true);
      } finally {
        await store.close();
      }
    } finally {
      await fx.close().catch(() => {});
    }
  });
});
