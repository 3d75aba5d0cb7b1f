/** Store contract: task lists and assignment, timers, subscriptions, active activities. */
import { expect } from 'chai';
import type { TaskQuery } from '../../../../engine/store/Store.js';
import { instance, next, opened, start, task, timer, type StoreOf } from './records.js';

/** Registers the query tests against the store `s()` returns. */
export function queryContract(s: StoreOf): void {
  describe('tasks', () => {
    const at = (minute: number) => `2026-02-01T09:${String(minute).padStart(2, '0')}:00.000Z`;

    beforeEach(async () => {
      await s().commitStep(
        start(instance('inst-1'), {
          tasks: [
            task('task-a', 'inst-1', { createdAt: at(1), roles: ['nurse'] }),
            task('task-b', 'inst-1', { createdAt: at(2), roles: ['nurse', 'physician'], assignee: 'nurse-ella' }),
            task('task-c', 'inst-1', { createdAt: at(2), roles: ['psychologist'], state: 'completed' }),
          ],
        }),
      );
      await s().commitStep(
        start(instance('inst-2', { processKey: 'trial' }), {
          tasks: [task('task-d', 'inst-2', { processKey: 'trial', createdAt: at(0), roles: ['physician'] })],
        }),
      );
    });

    const ids = async (q: TaskQuery) => (await s().listTasks(q)).map((t) => t.id);

    it('Given tasks of two instances, When listed with each filter, Then only matching tasks come, oldest first', async () => {
      expect(await ids({})).to.deep.equal(['task-d', 'task-a', 'task-b', 'task-c']);
      expect(await ids({ state: 'open' })).to.deep.equal(['task-d', 'task-a', 'task-b']);
      expect(await ids({ state: 'completed' })).to.deep.equal(['task-c']);
      expect(await ids({ roles: ['physician', 'psychologist'] })).to.deep.equal(['task-d', 'task-b', 'task-c']);
      expect(await ids({ roles: [] })).to.deep.equal([]);
      expect(await ids({ assignee: null })).to.deep.equal(['task-d', 'task-a', 'task-c']);
      expect(await ids({ assignee: 'nurse-ella' })).to.deep.equal(['task-b']);
      expect(await ids({ processKey: 'trial' })).to.deep.equal(['task-d']);
      expect(await ids({ instanceId: 'inst-1', state: 'open', roles: ['nurse'] })).to.deep.equal(['task-a', 'task-b']);
    });

    it('Given tasks created at the same time, When paged with a cursor and a limit, Then pages follow (createdAt, id) without gaps or repeats', async () => {
      expect(await ids({ limit: 2 })).to.deep.equal(['task-d', 'task-a']);
      expect(await ids({ limit: 2, after: { createdAt: at(1), id: 'task-a' } })).to.deep.equal(['task-b', 'task-c']);
      expect(await ids({ after: { createdAt: at(2), id: 'task-b' } })).to.deep.equal(['task-c']);
      expect(await ids({ after: { createdAt: at(2), id: 'task-c' } })).to.deep.equal([]);
    });

    it('Given an open task at version 1, When assigned expecting version 1, Then it is assigned at version 2; a stale version or a closed task returns false', async () => {
      expect(await s().updateTaskAssignee('task-a', 'nurse-ella', 1)).to.equal(true);
      expect(await s().getTask('task-a')).to.include({ assignee: 'nurse-ella', version: 2 });
      expect(await s().updateTaskAssignee('task-a', 'nurse-otso', 1)).to.equal(false);
      expect((await s().getTask('task-a'))?.assignee).to.equal('nurse-ella');
      expect(await s().updateTaskAssignee('task-a', null, 2)).to.equal(true);
      expect(await s().getTask('task-a')).to.include({ assignee: null, version: 3 });
      expect(await s().updateTaskAssignee('task-c', 'nurse-ella', 1)).to.equal(false);
      expect(await s().updateTaskAssignee('task-missing', 'nurse-ella', 1)).to.equal(false);
    });
  });

  describe('timers and subscriptions', () => {
    it('Given timers of two instances, When due ones are listed, Then those at or before now come oldest first up to the limit', async () => {
      await s().commitStep(
        start(instance('inst-1'), {
          timers: [timer('t-3', 'inst-1', '2026-03-03T00:00:00.000Z'), timer('t-1', 'inst-1', '2026-03-01T00:00:00.000Z')],
        }),
      );
      await s().commitStep(start(instance('inst-2'), { timers: [timer('t-2', 'inst-2', '2026-03-02T00:00:00.000Z')] }));
      const due = async (now: string, limit: number) => (await s().listDueTimers(now, limit)).map((t) => t.id);
      expect(await due('2026-03-02T00:00:00.000Z', 10)).to.deep.equal(['t-1', 't-2']);
      expect(await due('2026-12-31T00:00:00.000Z', 2)).to.deep.equal(['t-1', 't-2']);
      expect(await due('2026-02-01T00:00:00.000Z', 10)).to.deep.equal([]);
      expect((await s().listDueTimers('2026-03-01T00:00:00.000Z', 1))[0]).to.deep.equal(timer('t-1', 'inst-1', '2026-03-01T00:00:00.000Z'));
      expect(await s().nextTimerDue()).to.equal('2026-03-01T00:00:00.000Z');
    });

    it('Given no timers, When the next due time is asked, Then null', async () => {
      expect(await s().nextTimerDue()).to.equal(null);
    });

    it('Given subscriptions to two messages, When found by instance and name, Then only that message of that instance comes', async () => {
      const sub = (instanceId: string, messageName: string, executionId: string) => ({
        instanceId,
        messageName,
        activityId: 'wait',
        executionId,
      });
      await s().commitStep(
        start(instance('inst-1'), {
          subscriptions: [sub('inst-1', 'results-arrived', 'exe-1'), sub('inst-1', 'consent-withdrawn', 'exe-2')],
        }),
      );
      await s().commitStep(start(instance('inst-2'), { subscriptions: [sub('inst-2', 'results-arrived', 'exe-3')] }));
      expect(await s().findSubscriptions('inst-1', 'results-arrived')).to.deep.equal([sub('inst-1', 'results-arrived', 'exe-1')]);
      expect(await s().findSubscriptions('inst-1', 'nothing')).to.deep.equal([]);
    });
  });

  describe('listActive', () => {
    it('Given open and closed rows of running and ended instances, When active ones are listed, Then only open rows of running instances come', async () => {
      const running = instance('inst-1');
      await s().commitStep(
        start(running, {
          history: [opened('inst-1', 'exe-a', '2026-02-01T10:00:00.000Z'), opened('inst-1', 'exe-b', '2026-02-01T09:00:00.000Z')],
        }),
      );
      await s().commitStep(
        next(running, { history: [{ ...opened('inst-1', 'exe-b', '2026-02-01T09:00:00.000Z'), endedAt: '2026-02-02T00:00:00.000Z' }] }),
      );
      await s().commitStep(start(instance('inst-2', { processKey: 'trial' }), { history: [opened('inst-2', 'exe-c')] }));
      const ended = instance('inst-3', { state: 'completed', endedAt: '2026-02-03T00:00:00.000Z' });
      await s().commitStep(start(ended, { history: [opened('inst-3', 'exe-d')] }));

      const active = async (key?: string) => (await s().listActive(key)).map((h) => h.executionId);
      expect(await active()).to.deep.equal(['exe-c', 'exe-a']);
      expect(await active('referral')).to.deep.equal(['exe-a']);
      expect((await s().listActive('trial'))[0]).to.deep.equal(opened('inst-2', 'exe-c'));
      expect(await active('missing')).to.deep.equal([]);
    });
  });
}
