/** Store contract: the inbox (order, keyset pages, filters, counts), drafts and display names. */
import { expect } from 'chai';
import type { InboxQuery } from '../../../../engine/store/Store.js';
import { user } from './accounts.js';
import { instance, next, start, task, type StoreOf } from './records.js';

const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T09:00:00.000Z`;

/** Registers the inbox, draft and name tests against the store `s()` returns. */
export function inboxContract(s: StoreOf): void {
  describe('inbox', () => {
    beforeEach(async () => {
      await s().commitStep(
        start(instance('inst-1', { clientRef: 'client-001' }), {
          tasks: [
            task('t-late', 'inst-1', { roles: ['nurse'], expectedBy: day(2), createdAt: day(1) }),
            task('t-none', 'inst-1', { roles: ['nurse'], expectedBy: null, createdAt: day(1) }),
            task('t-both', 'inst-1', { roles: ['nurse', 'doctor'], expectedBy: day(20), createdAt: day(1), assignee: 'user-ella' }),
            task('t-done', 'inst-1', { roles: ['nurse'], expectedBy: day(3), state: 'completed' }),
          ],
        }),
      );
      await s().commitStep(
        start(instance('inst-2', { clientRef: 'client-002', processKey: 'trial' }), {
          tasks: [
            task('t-b', 'inst-2', { processKey: 'trial', roles: ['doctor'], expectedBy: day(2), createdAt: day(1), assignee: 'user-otso' }),
            task('t-a', 'inst-2', { processKey: 'trial', roles: ['nurse'], expectedBy: day(2), createdAt: day(1) }),
            task('t-none2', 'inst-2', { processKey: 'trial', roles: ['doctor'], expectedBy: null, createdAt: day(0 + 1) }),
          ],
        }),
      );
    });

    const base: InboxQuery = { roles: ['nurse', 'doctor'], state: 'open', limit: 100 };
    const ids = async (q: Partial<InboxQuery>) => (await s().listInbox({ ...base, ...q })).map((t) => t.id);

    it('Given open tasks with and without expectedBy, When listed, Then they come by expectedBy (none last), then createdAt and id, each once with its clientRef', async () => {
      expect(await ids({})).to.deep.equal(['t-a', 't-b', 't-late', 't-both', 't-none', 't-none2']);
      const listed = await s().listInbox({ ...base, roles: ['doctor'] });
      expect(listed.map((t) => [t.id, t.clientRef])).to.deep.equal([
        ['t-b', 'client-002'],
        ['t-both', 'client-001'],
        ['t-none2', 'client-002'],
      ]);
    });

    it('Given a page of two, When the next pages are read after each last task, Then they follow the order without gaps or repeats, also across the tasks without expectedBy', async () => {
      const seen: string[] = [];
      let after: InboxQuery['after'] = null;
      for (let page = 0; page < 5; page++) {
        const rows = await s().listInbox({ ...base, limit: 2, after });
        if (!rows.length) break;
        seen.push(...rows.map((r) => r.id));
        const last = rows[rows.length - 1]!;
        after = { expectedBy: last.expectedBy, createdAt: last.createdAt, id: last.id };
      }
      expect(seen).to.deep.equal(['t-a', 't-b', 't-late', 't-both', 't-none', 't-none2']);
    });

    it('Given the filters, When each is applied, Then only matching tasks come', async () => {
      expect(await ids({ assignee: 'user-ella' })).to.deep.equal(['t-both']);
      expect(await ids({ assignee: null })).to.deep.equal(['t-a', 't-late', 't-none', 't-none2']);
      expect(await ids({ assignee: 'user-ella', orUnassigned: true })).to.deep.equal(['t-a', 't-late', 't-both', 't-none', 't-none2']);
      expect(await ids({ lateAt: day(3) })).to.deep.equal(['t-a', 't-b', 't-late']);
      expect(await ids({ clientRef: 'client-001' })).to.deep.equal(['t-late', 't-both', 't-none']);
      expect(await ids({ processKey: 'trial', roles: ['nurse'] })).to.deep.equal(['t-a']);
      expect(await ids({ instanceId: 'inst-1', state: 'completed' })).to.deep.equal(['t-done']);
      expect(await ids({ roles: [] })).to.deep.equal([]);
    });

    it('Given a task claimed and then completed, When listed by assignee, Then the inbox follows each change', async () => {
      expect(await s().updateTaskAssignee('t-a', 'user-ella', 1)).to.equal(true);
      expect(await ids({ assignee: 'user-ella' })).to.deep.equal(['t-a', 't-both']);
      const a = (await s().getTask('t-a'))!;
      const inst = (await s().getInstance('inst-2'))!;
      await s().commitStep(next(inst, { tasks: [{ ...a, state: 'completed', version: a.version + 1 }] }));
      expect(await ids({ assignee: 'user-ella' })).to.deep.equal(['t-both']);
      expect(await ids({ assignee: 'user-ella', state: 'completed' })).to.deep.equal(['t-a']);
    });

    it('Given the tasks, When counted, Then mine, unassigned, all and late match the lists and a task of two roles counts once', async () => {
      const counts = await s().countInbox({ roles: ['nurse', 'doctor'], userId: 'user-ella', now: day(3) });
      expect(counts).to.deep.equal({ mine: 1, unassigned: 4, all: 6, late: 3 });
      expect(await s().countInbox({ roles: ['nurse', 'doctor'], userId: 'user-ella', now: day(3), clientRef: 'client-001' })).to.deep.equal(
        {
          mine: 1,
          unassigned: 2,
          all: 3,
          late: 1,
        },
      );
      expect(await s().countInbox({ roles: ['doctor'], userId: 'user-otso', now: day(3), processKey: 'trial' })).to.deep.equal({
        mine: 1,
        unassigned: 1,
        all: 2,
        late: 1,
      });
    });
  });

  describe('drafts and names', () => {
    beforeEach(async () => {
      await s().commitStep(start(instance('inst-1'), { tasks: [task('t-1', 'inst-1'), task('t-2', 'inst-1')] }));
    });

    const draft = (taskId: string, userId: string, note: string) => ({ taskId, userId, data: { note }, savedAt: day(5) });

    it('Given drafts of two users, When read, Then each user gets their own; saving again replaces it', async () => {
      expect(await s().saveDraft(draft('t-1', 'user-ella', 'first'))).to.equal(true);
      expect(await s().saveDraft(draft('t-1', 'user-otso', 'other'))).to.equal(true);
      expect(await s().saveDraft({ ...draft('t-1', 'user-ella', 'second'), savedAt: day(6) })).to.equal(true);
      expect(await s().getDraft('t-1', 'user-ella')).to.deep.equal({ ...draft('t-1', 'user-ella', 'second'), savedAt: day(6) });
      expect(await s().getDraft('t-1', 'user-otso')).to.deep.equal(draft('t-1', 'user-otso', 'other'));
      expect(await s().getDraft('t-2', 'user-ella')).to.equal(null);
    });

    it('Given drafts of an open task, When a step completes the task, Then its drafts are gone and no new draft is saved; other tasks keep theirs', async () => {
      await s().saveDraft(draft('t-1', 'user-ella', 'x'));
      await s().saveDraft(draft('t-2', 'user-ella', 'y'));
      const t1 = (await s().getTask('t-1'))!;
      await s().commitStep(next((await s().getInstance('inst-1'))!, { tasks: [{ ...t1, state: 'completed', version: 2 }] }));
      expect(await s().getDraft('t-1', 'user-ella')).to.equal(null);
      expect(await s().saveDraft(draft('t-1', 'user-ella', 'late'))).to.equal(false);
      expect(await s().getDraft('t-1', 'user-ella')).to.equal(null);
      expect(await s().saveDraft(draft('t-missing', 'user-ella', 'z'))).to.equal(false);
      expect((await s().getDraft('t-2', 'user-ella'))?.data).to.deep.equal({ note: 'y' });
      await s().deleteDrafts('t-2');
      expect(await s().getDraft('t-2', 'user-ella')).to.equal(null);
    });

    it('Given users, When display names are asked for known and unknown ids, Then the known ones come', async () => {
      await s().saveUser(user('user-1', 'ella', { displayName: 'Ella Esimerkki' }));
      await s().saveUser(user('user-2', 'otso', { displayName: 'Otso Esimerkki' }));
      const names = await s().listDisplayNames(['user-1', 'user-2', 'user-1', 'user-missing']);
      expect([...names.entries()].sort()).to.deep.equal([
        ['user-1', 'Ella Esimerkki'],
        ['user-2', 'Otso Esimerkki'],
      ]);
      expect((await s().listDisplayNames([])).size).to.equal(0);
    });
  });
}
