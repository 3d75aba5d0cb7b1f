/**
 * The one contract every store adapter keeps: SQLite always, PostgreSQL when POLKU_TEST_PG_URL (or
 * DATABASE_URL=postgres://…) answers (required in CI), MongoDB when MONGODB_URL names a replica set
 * (no MongoDB server can be installed on the development machines, so it is opt-in).
 */
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { SqliteStore } from '../../../engine/store/sqlite/index.js';
import { COUNT_CAP, countSql, fastInboxSql, inboxSql } from '../../../engine/store/sqlite/inbox.js';
import { stalledSql } from '../../../engine/store/sqlite/reports.js';
import type { Store } from '../../../engine/store/Store.js';
import { mongoFixture, postgresFixture, postgresReachable, sqliteFixture, type StoreFixture } from '../../support/stores.js';
import { accountContract, audit } from './contract/accounts.js';
import { instance, start, task } from './contract/records.js';
import { deploymentContract } from './contract/deployments.js';
import { inboxContract } from './contract/inbox.js';
import { concurrentCommitContract, leaseContract } from './contract/leases.js';
import { meetingContract } from './contract/meetings.js';
import { ipsFiguresContract } from './contract/ipsFigures.js';
import { workAbilityScoresContract } from './contract/workAbilityScores.js';
import { caseloadContract } from './contract/caseload.js';
import { employerContactsContract } from './contract/employerContacts.js';
import { accountChangesContract } from './contract/accountChanges.js';
import { queryContract } from './contract/queries.js';
import { reportContract } from './contract/reports.js';
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
    reportContract(s);
    accountContract(s);
    meetingContract(s);
    ipsFiguresContract(s);
    workAbilityScoresContract(s);
    caseloadContract(s);
    employerContactsContract(s);
    accountChangesContract(s);

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

      it('Given a database whose role rows have no process column (an older store), When the store initialises, Then the rows get their process and the process inbox and counts find the task', async () => {
        await s().commitStep(start(instance('inst-1'), { tasks: [task('t-1', 'inst-1', { roles: ['nurse', 'doctor'] })] }));
        const raw = new Database((s() as SqliteStore).file);
        raw.exec(
          'DROP INDEX task_roles_open_process; DROP INDEX task_roles_open_process_due; ALTER TABLE task_roles DROP COLUMN process_key',
        );
        raw.close();
        await s().init();
        const inProcess = { roles: ['doctor'], state: 'open' as const, processKey: 'referral', limit: 10 };
        expect((await s().listInbox(inProcess)).map((t) => t.id)).to.deep.equal(['t-1']);
        expect((await s().listInbox({ ...inProcess, processKey: 'other' })).map((t) => t.id)).to.deep.equal([]);
        const counts = await s().countInbox({ roles: ['nurse'], userId: 'u-1', now: '2026-01-01T00:00:00.000Z', processKey: 'referral' });
        expect(counts).to.deep.equal({ mine: 0, unassigned: 1, all: 1, late: 0 });
      });

      it('Given the inbox list and counts, When SQLite plans them, Then each role is read in index order a page at a time and the counts search the role index', async () => {
        const raw = new Database((s() as SqliteStore).file, { readonly: true });
        try {
          const plan = ({ sql, params }: { sql: string; params: Record<string, unknown> }) =>
            (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');
          const roles = ['nurse', 'doctor'];
          const mine = plan(
            fastInboxSql({
              roles,
              state: 'open',
              assignee: 'user-ella',
              orUnassigned: true,
              lateAt: '2026-03-01T00:00:00.000Z',
              limit: 50,
            })!,
          );
          expect(mine).to.match(/SEARCH task_roles USING COVERING INDEX task_roles_inbox \(role=\? AND state=\? AND assignee=\?/);
          const any = plan(fastInboxSql({ roles, state: 'open', limit: 50 })!);
          expect(any).to.match(/SEARCH task_roles USING COVERING INDEX task_roles_due \(role=\? AND state=\?/);
          // The role rows come in index order: the only sort is the final one over the merged pages.
          for (const p of [mine, any]) expect(p.match(/TEMP B-TREE FOR ORDER BY/g) ?? []).to.have.length(1);
          // Open tasks of one process: the same ordered reads, of the open role rows led by (role, process_key).
          const inProcess = plan(fastInboxSql({ roles, state: 'open', assignee: null, limit: 50, processKey: 'trial' })!);
          expect(inProcess).to.match(
            /SEARCH task_roles USING COVERING INDEX task_roles_open_process \(role=\? AND process_key=\? AND assignee=\?/,
          );
          const inProcessAny = plan(fastInboxSql({ roles, state: 'open', limit: 50, processKey: 'trial' })!);
          expect(inProcessAny).to.match(/SEARCH task_roles USING COVERING INDEX task_roles_open_process_due \(role=\? AND process_key=\?/);
          for (const p of [inProcess, inProcessAny]) expect(p.match(/TEMP B-TREE FOR ORDER BY/g) ?? []).to.have.length(1);
          // With a path filter the list keeps the general query, driven by the path's tasks, not by every role row.
          expect(fastInboxSql({ roles, state: 'open', limit: 50, clientRef: 'C1' })).to.equal(null);
          const byClient = plan(inboxSql({ roles, state: 'open', limit: 50, clientRef: 'C1' }));
          expect(byClient).to.match(/SEARCH i USING (COVERING )?INDEX instances_client \(client_ref=\?\)/);
          expect(byClient).to.match(/SEARCH task_roles EXISTS/);
          expect(fastInboxSql({ roles, state: 'completed', limit: 50, processKey: 'trial' })).to.equal(null);
          const counts = plan(countSql({ roles, userId: 'user-ella', now: '2026-03-01T00:00:00.000Z' }));
          expect(counts).to.match(/SEARCH r USING COVERING INDEX task_roles_inbox \(role=\? AND state=\? AND assignee=\?\)/);
          // A task of both roles counts under the first: a primary-key probe, no DISTINCT over the rows read.
          expect(counts).to.match(/SEARCH x USING COVERING INDEX sqlite_autoindex_task_roles_1 \(role=\? AND task_id=\?\)/);
          expect(counts).to.not.match(/DISTINCT/);
          // Counts of one process read its open role rows; of one client, that client's task rows only.
          const processCounts = plan(countSql({ roles, userId: 'user-ella', now: '2026-03-01T00:00:00.000Z', processKey: 'trial' }));
          expect(processCounts).to.match(/task_roles_open_process \(role=\? AND process_key=\? AND assignee=\?\)/);
          expect(processCounts).to.match(/task_roles_open_process_due \(role=\? AND process_key=\? AND expected_by<\?\)/);
          expect(processCounts).to.not.match(/SCAN tasks/);
          const clientCounts = plan(countSql({ roles, userId: 'user-ella', now: '2026-03-01T00:00:00.000Z', clientRef: 'C1' }));
          expect(clientCounts).to.not.match(/task_roles_(inbox|due)/);
        } finally {
          raw.close();
        }
      });

      it('Given more open tasks than the count cap, When the inbox is counted, Then the count stops at the cap plus one', async () => {
        const tasks = Array.from({ length: COUNT_CAP + 5 }, (_, i) => ({ ...task(`cap-${i}`, 'inst-cap'), roles: ['capped-role'] }));
        await s().commitStep(start(instance('inst-cap'), { tasks }));
        const counts = await s().countInbox({ roles: ['capped-role'], userId: 'nobody', now: '2000-01-01T00:00:00.000Z' });
        expect(counts.all).to.equal(COUNT_CAP + 1);
        expect(counts.unassigned).to.equal(COUNT_CAP + 1);
        expect(counts.mine).to.equal(0);
      });

      it('Given two roles with 600 open tasks each, 200 of them shared, When counted for both roles, Then shared tasks count once and the sum stops at the cap plus one', async () => {
        const roles = (i: number) => (i < 400 ? ['role-a'] : i < 600 ? ['role-a', 'role-b'] : ['role-b']);
        const tasks = Array.from({ length: 1000 }, (_, i) => ({ ...task(`two-${i}`, 'inst-two'), roles: roles(i) }));
        await s().commitStep(start(instance('inst-two'), { tasks }));
        const count = (r: string[]) => s().countInbox({ roles: r, userId: 'nobody', now: '2000-01-01T00:00:00.000Z' });
        expect((await count(['role-a', 'role-b'])).all).to.equal(1000);
        expect((await count(['role-b', 'role-a'])).unassigned).to.equal(1000);
        await s().commitStep(start(instance('inst-more'), { tasks: [{ ...task('one-more', 'inst-more'), roles: ['role-b'] }] }));
        expect((await count(['role-a', 'role-b'])).all).to.equal(COUNT_CAP + 1);
      });

      it('Given a database from before the report aggregates, When the store initialises, Then they are filled from the rows', async () => {
        const h = {
          instanceId: 'inst-1',
          executionId: 'x',
          activityId: 'check',
          name: null,
          type: 'bpmn:UserTask',
          by: null,
          expectedBy: null,
        };
        await s().commitStep(
          start(instance('inst-1'), {
            tasks: [task('t-1', 'inst-1')],
            history: [{ ...h, startedAt: '2026-02-01T09:00:00.000Z', endedAt: '2026-02-01T10:00:00.000Z' }],
          }),
        );
        const before = [await s().activityStats('referral', 1), await s().countReferrals({}), await s().countOperations()];
        const raw = new Database((s() as SqliteStore).file);
        raw.exec('DELETE FROM report_counters; DELETE FROM activity_stats; DELETE FROM activity_waits; DELETE FROM referral_counts;');
        raw.close();
        await s().init();
        expect([await s().activityStats('referral', 1), await s().countReferrals({}), await s().countOperations()]).to.deep.equal(before);
        expect(before[2]).to.deep.equal({ openTasks: 1, runningInstances: 1 });
      });

      it('Given the stalled list with and without a cursor, When SQLite plans it, Then it walks a partial index in expectedBy order (history rows, or the task rows of a role), with no full sort', async () => {
        const raw = new Database((s() as SqliteStore).file, { readonly: true });
        try {
          const plan = ({ sql, params }: { sql: string; params: Record<string, unknown> }) =>
            (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');
          const now = '2026-03-01T00:00:00.000Z';
          for (const q of [
            { now, limit: 50 },
            { now, limit: 50, processKey: 'team', after: { expectedBy: now, instanceId: 'a', executionId: 'b' } },
          ]) {
            const p = plan(stalledSql(q));
            expect(p).to.match(/SEARCH h USING INDEX history_late/);
            expect(p).to.not.match(/TEMP B-TREE/);
          }
          // By role it walks the role's open task rows instead, sorting only ties of the same expected time.
          const byRole = plan(stalledSql({ now, limit: 50, role: 'nurse', after: { expectedBy: now, instanceId: 'a', executionId: 'b' } }));
          expect(byRole).to.match(/SEARCH r USING (COVERING )?INDEX task_roles_stalled \(role=\? AND expected_by/);
          expect(byRole).to.not.match(/USE TEMP B-TREE FOR ORDER BY/);
          // By process, given its steps, one ordered read per step, each a page at most, merged (a sort of a page per step).
          const byProcess = plan(
            stalledSql({ now, limit: 50, processKey: 'team', after: { expectedBy: now, instanceId: 'a', executionId: 'b' } }, [
              'check',
              'meet',
            ]),
          );
          expect(byProcess.match(/SEARCH h USING INDEX history_late_activity \(activity_id=\? AND expected_by/g) ?? []).to.have.length(2);
          expect(byProcess).to.match(/MERGE \(UNION ALL\)/);
          expect(byProcess.match(/TEMP B-TREE FOR ORDER BY/g) ?? []).to.have.length(2);
          expect(stalledSql({ now, limit: 50, processKey: 'none' }, []).sql).to.match(/WHERE 0/);
          // By step it walks that step's late rows only, in the same order.
          const byStep = plan(
            stalledSql({ now, limit: 50, activityId: 'check', after: { expectedBy: now, instanceId: 'a', executionId: 'b' } }),
          );
          expect(byStep).to.match(/SEARCH h USING INDEX history_late_activity \(activity_id=\? AND expected_by/);
          expect(byStep).to.not.match(/TEMP B-TREE/);
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

// Top-level await: mocha registers the PostgreSQL suite only when the database answers (CI=true fails without one).
if (await postgresReachable()) describeStoreContract(postgresFixture);

if (process.env.MONGODB_URL) {
  describeStoreContract(mongoFixture);
} else {
  describe('Store contract: MongoDB', () => {
    // No tests are registered, so mocha prints nothing for this suite; the line says why.
    console.log('MongoDB store contract tests skipped: MONGODB_URL is not set (no MongoDB server can be installed on this machine)');
  });
}
