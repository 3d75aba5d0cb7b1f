/** Store contract: committing engine steps and reading instances back. */
import { expect } from 'chai';
import type { Store } from '../../../../engine/store/Store.js';
import { expectConflict, instance, next, opened, start, task, timer, type StoreOf } from './records.js';

/** Everything the store holds about one instance, to compare before and after a refused step. */
async function snapshot(store: Store, instanceId: string, clientRef = 'client-001') {
  return {
    instance: await store.getInstance(instanceId),
    tasks: await store.listTasks({ instanceId }),
    timers: await store.listDueTimers('9999-12-31T00:00:00.000Z', 100),
    subscriptions: await store.findSubscriptions(instanceId, 'results-arrived'),
    history: await store.listHistory(instanceId),
    audit: await store.listAudit(clientRef),
  };
}

/** Registers the commitStep and instance tests against the store `s()` returns. */
export function stepContract(s: StoreOf): void {
  describe('commitStep', () => {
    it('Given a new instance, When its first step commits, Then the instance, tasks, timers, subscriptions and history are stored', async () => {
      const i = instance('inst-1');
      await s().commitStep(
        start(i, {
          tasks: [task('task-1', 'inst-1')],
          timers: [timer('timer-1', 'inst-1', '2026-03-01T00:00:00.000Z')],
          subscriptions: [{ instanceId: 'inst-1', messageName: 'results-arrived', activityId: 'wait', executionId: 'exe-w' }],
          history: [opened('inst-1', 'exe-task-1')],
        }),
      );
      expect(await s().getInstance('inst-1')).to.deep.equal(i);
      expect(await s().getTask('task-1')).to.deep.equal(task('task-1', 'inst-1'));
      expect(await s().nextTimerDue()).to.equal('2026-03-01T00:00:00.000Z');
      expect(await s().findSubscriptions('inst-1', 'results-arrived')).to.have.length(1);
      expect(await s().listHistory('inst-1')).to.deep.equal([opened('inst-1', 'exe-task-1')]);
      expect(await s().getInstance('inst-missing')).to.equal(null);
    });

    it('Given a stored instance, When another first step with expected revision 0 commits for the same id, Then conflict and the stored one is unchanged', async () => {
      await s().commitStep(start(instance('inst-1')));
      await expectConflict(s().commitStep(start(instance('inst-1', { variables: { consentGiven: false } }))));
      expect((await s().getInstance('inst-1'))?.variables).to.deep.equal({ consentGiven: true });
    });

    it('Given an instance at revision 2, When a step expecting revision 1 commits, Then conflict and nothing of that step is written', async () => {
      const i = instance('inst-1');
      await s().commitStep(start(i, { tasks: [task('task-1', 'inst-1')], history: [opened('inst-1', 'exe-task-1')] }));
      const second = next(i, {
        timers: [timer('timer-1', 'inst-1', '2026-03-01T00:00:00.000Z')],
        subscriptions: [{ instanceId: 'inst-1', messageName: 'results-arrived', activityId: 'wait', executionId: 'exe-w' }],
      });
      await s().commitStep(second);
      const before = await snapshot(s(), 'inst-1');
      expect(before.instance?.revision).to.equal(2);

      const stale = next(
        i,
        {
          tasks: [task('task-1', 'inst-1', { state: 'completed', version: 2 }), task('task-2', 'inst-1')],
          timers: [timer('timer-2', 'inst-1', '2026-01-01T00:00:00.000Z')],
          subscriptions: [],
          history: [{ ...opened('inst-1', 'exe-task-1'), endedAt: '2026-02-02T00:00:00.000Z', by: 'nurse-ella' }],
          audit: [
            {
              at: '2026-02-02T00:00:00.000Z',
              actor: 'nurse-ella',
              action: 'complete',
              clientRef: 'client-001',
              instanceId: 'inst-1',
              detail: 'task-1',
            },
          ],
        },
        { variables: { consentGiven: false }, state: 'completed' },
      );
      await expectConflict(s().commitStep(stale));
      expect(await snapshot(s(), 'inst-1')).to.deep.equal(before);
      expect(await s().getTask('task-2')).to.equal(null);
    });

    it('Given a task at version 1, When a step changes it as if from version 2, Then conflict and neither instance nor task changes', async () => {
      const i = instance('inst-1');
      await s().commitStep(start(i, { tasks: [task('task-1', 'inst-1')] }));
      const stale = next(i, { tasks: [task('task-1', 'inst-1', { state: 'completed', version: 3 })] }, { variables: { x: 1 } });
      await expectConflict(s().commitStep(stale));
      expect(await s().getInstance('inst-1')).to.deep.equal(i);
      expect(await s().getTask('task-1')).to.deep.equal(task('task-1', 'inst-1'));

      const done = task('task-1', 'inst-1', { state: 'completed', version: 2, completedBy: 'nurse-ella', data: { ok: true } });
      await s().commitStep(next(i, { tasks: [done] }));
      expect(await s().getTask('task-1')).to.deep.equal(done);
    });

    it('Given timers and subscriptions of an instance, When a step names a new set, Then only the new set remains', async () => {
      const i = instance('inst-1');
      const sub = (executionId: string) => ({ instanceId: 'inst-1', messageName: 'results-arrived', activityId: 'wait', executionId });
      await s().commitStep(
        start(i, {
          timers: [timer('t-a', 'inst-1', '2026-03-01T00:00:00.000Z'), timer('t-b', 'inst-1', '2026-03-02T00:00:00.000Z')],
          subscriptions: [sub('exe-a'), sub('exe-b')],
        }),
      );
      await s().commitStep(next(i, { timers: [timer('t-c', 'inst-1', '2026-04-01T00:00:00.000Z')], subscriptions: [sub('exe-c')] }));
      expect((await s().listDueTimers('9999-01-01T00:00:00.000Z', 10)).map((t) => t.id)).to.deep.equal(['t-c']);
      expect((await s().findSubscriptions('inst-1', 'results-arrived')).map((x) => x.executionId)).to.deep.equal(['exe-c']);
      await s().commitStep(next({ ...i, revision: 2 }));
      expect(await s().nextTimerDue()).to.equal(null);
      expect(await s().findSubscriptions('inst-1', 'results-arrived')).to.deep.equal([]);
    });

    it('Given open history rows, When a later step closes one and opens another, Then the row is closed in place and the order is start order', async () => {
      const i = instance('inst-1');
      await s().commitStep(start(i, { history: [opened('inst-1', 'exe-a'), opened('inst-1', 'exe-b')] }));
      const closedA = { ...opened('inst-1', 'exe-a'), endedAt: '2026-02-03T00:00:00.000Z', by: 'nurse-ella' };
      await s().commitStep(next(i, { history: [closedA, opened('inst-1', 'exe-c', '2026-02-03T00:00:00.000Z')] }));
      const history = await s().listHistory('inst-1');
      expect(history.map((h) => h.executionId)).to.deep.equal(['exe-a', 'exe-b', 'exe-c']);
      expect(history[0]).to.deep.equal(closedA);
      expect(history[1].endedAt).to.equal(null);
    });

    it('Given a parent step with a related child start, When the child id exists already, Then conflict and the parent step is not written either', async () => {
      const parent = instance('inst-parent');
      await s().commitStep(start(parent));
      await s().commitStep(start(instance('inst-child')));
      const child = instance('inst-child', { parentInstanceId: 'inst-parent', parentExecutionId: 'exe-call' });
      await expectConflict(s().commitStep(next(parent, { related: [start(child)] }, { variables: { called: true } })));
      expect(await s().getInstance('inst-parent')).to.deep.equal(parent);

      const fresh = instance('inst-child-2', { parentInstanceId: 'inst-parent', parentExecutionId: 'exe-call' });
      await s().commitStep(next(parent, { related: [start(fresh)] }));
      expect((await s().getInstance('inst-parent'))?.revision).to.equal(2);
      expect((await s().findChildren('inst-parent')).map((c) => c.id)).to.deep.equal(['inst-child-2']);
    });

    it('Given nested variables with ä ö å and binary engine state, When stored and read, Then they round-trip exactly; an ended instance keeps null state', async () => {
      const bytes = Buffer.from([0, 1, 127, 128, 255, 0x1f, 0x8b]);
      const variables = {
        asiakas: { nimi: 'Äijä Öljynen-Åkerlund', kunta: 'Pyhäjärvi' },
        tulokset: [{ mittari: 'työkyky', arvo: 7.5 }, null, true],
        'a.b': { $note: 'keys BSON updates refuse' },
      };
      const i = instance('inst-1', { variables, engineState: bytes });
      await s().commitStep(start(i));
      const read = await s().getInstance('inst-1');
      expect(read?.variables).to.deep.equal(variables);
      expect(Buffer.isBuffer(read?.engineState)).to.equal(true);
      expect(read?.engineState?.equals(bytes)).to.equal(true);

      await s().commitStep(next(i, {}, { state: 'completed', endedAt: '2026-02-05T00:00:00.000Z', engineState: null }));
      const ended = await s().getInstance('inst-1');
      expect(ended?.engineState).to.equal(null);
      expect(ended?.state).to.equal('completed');
    });
  });

  describe('instances', () => {
    it('Given instances of two keys and states, When listed with filters, Then matching ones come newest first up to the limit', async () => {
      const rows = [
        instance('inst-1', { startedAt: '2026-02-01T00:00:00.000Z' }),
        instance('inst-2', { startedAt: '2026-02-03T00:00:00.000Z', clientRef: 'client-002' }),
        instance('inst-3', { startedAt: '2026-02-02T00:00:00.000Z', processKey: 'trial' }),
        instance('inst-4', { startedAt: '2026-02-04T00:00:00.000Z', state: 'completed' }),
      ];
      for (const i of rows) await s().commitStep(start(i));
      const ids = async (q: Parameters<Store['listInstances']>[0]) => (await s().listInstances(q)).map((i) => i.id);
      expect(await ids({})).to.deep.equal(['inst-4', 'inst-2', 'inst-3', 'inst-1']);
      expect(await ids({ processKey: 'referral', state: 'running' })).to.deep.equal(['inst-2', 'inst-1']);
      expect(await ids({ clientRef: 'client-002' })).to.deep.equal(['inst-2']);
      expect(await ids({ limit: 2 })).to.deep.equal(['inst-4', 'inst-2']);
    });

    it('Given instances on two versions in two states, When counted, Then the database counts per key, version and state', async () => {
      const rows = [
        instance('inst-1'),
        instance('inst-2'),
        instance('inst-3', { version: 2, deploymentId: 'dep-referral-2' }),
        instance('inst-4', { state: 'completed' }),
        instance('inst-5', { processKey: 'trial' }),
      ];
      for (const i of rows) await s().commitStep(start(i));
      expect(await s().countInstances('referral')).to.deep.equal([
        { processKey: 'referral', version: 1, state: 'completed', count: 1 },
        { processKey: 'referral', version: 1, state: 'running', count: 2 },
        { processKey: 'referral', version: 2, state: 'running', count: 1 },
      ]);
      expect((await s().countInstances()).map((c) => c.processKey)).to.deep.equal(['referral', 'referral', 'referral', 'trial']);
    });

    it("Given a running instance with an open row, When a step moves it to another version renaming the row, Then version, deployment and the row's activity change with it", async () => {
      const i = instance('inst-1');
      await s().commitStep(start(i, { history: [opened('inst-1', 'exe-1')] }));
      const moved = { ...opened('inst-1', 'exe-1'), activityId: 'renamed', name: 'Arviointi' };
      await s().commitStep(next(i, { history: [moved] }, { version: 2, deploymentId: 'dep-referral-2' }));
      expect(await s().getInstance('inst-1')).to.include({ version: 2, deploymentId: 'dep-referral-2', revision: 2 });
      expect(await s().listHistory('inst-1')).to.deep.equal([moved]);
    });
  });
}
