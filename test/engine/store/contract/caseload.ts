/** Contract: caseload places (at most N running paths per worker, whoever races) and the waiting list in arrival order. */
import { expect } from 'chai';
import { instance, next, start, type StoreOf } from './records.js';

const KEY = 'supported-employment';
const place = (instanceId: string, holder: string, takenAt = '2026-11-20T08:00:00.000Z') => ({
  instanceId,
  processKey: KEY,
  holder,
  takenAt,
});

export function caseloadContract(s: StoreOf): void {
  describe('caseload places and waiting lists', () => {
    async function paths(n: number, prefix = 'ips') {
      for (let k = 1; k <= n; k++)
        await s().commitStep(start(instance(`${prefix}-${k}`, { processKey: KEY, clientRef: `C-${prefix}-${k}` })));
    }

    it('Given a coach with two running paths of a limit of two, When a third path asks, Then it is refused and the count stays two', async () => {
      await paths(3);
      expect(await s().takeCaseloadPlace(place('ips-1', 'coach-a'), 2)).to.equal(true);
      expect(await s().takeCaseloadPlace(place('ips-2', 'coach-a'), 2)).to.equal(true);
      expect(await s().takeCaseloadPlace(place('ips-3', 'coach-a'), 2)).to.equal(false);
      const counts = await s().countCaseloads(KEY, ['coach-a', 'coach-b']);
      expect(Object.fromEntries(counts)).to.deep.equal({ 'coach-a': 2, 'coach-b': 0 });
    });

    it('Given a path holding a place, When it asks again (a retried step), Then it keeps it and is counted once', async () => {
      await paths(1);
      expect(await s().takeCaseloadPlace(place('ips-1', 'coach-a'), 1)).to.equal(true);
      expect(await s().takeCaseloadPlace(place('ips-1', 'coach-a'), 1)).to.equal(true);
      expect((await s().countCaseloads(KEY, ['coach-a'])).get('coach-a')).to.equal(1);
    });

    it('Given one free place, When two paths race for it, Then at most one gets it and the limit holds', async () => {
      await paths(3);
      await s().takeCaseloadPlace(place('ips-1', 'coach-a'), 2);
      const results = await Promise.all([
        s().takeCaseloadPlace(place('ips-2', 'coach-a', '2026-11-20T09:00:00.000Z'), 2),
        s().takeCaseloadPlace(place('ips-3', 'coach-a', '2026-11-20T09:00:01.000Z'), 2),
      ]);
      expect(results.filter(Boolean).length).to.be.at.most(1);
      expect((await s().countCaseloads(KEY, ['coach-a'])).get('coach-a')).to.be.at.most(2);
    });

    it("Given a full coach, When one of the coach's paths ends, Then the place is free for the next path", async () => {
      await paths(2);
      await s().takeCaseloadPlace(place('ips-1', 'coach-a'), 1);
      const first = instance('ips-1', { processKey: KEY, clientRef: 'C-ips-1' });
      await s().commitStep(next(first, {}, { state: 'completed', endedAt: '2026-11-21T08:00:00.000Z', engineState: null }));
      expect((await s().countCaseloads(KEY, ['coach-a'])).get('coach-a')).to.equal(0);
      expect(await s().takeCaseloadPlace(place('ips-2', 'coach-a'), 1)).to.equal(true);
    });

    it('Given a path moved to another coach, When counted, Then it counts for the new coach only; released, for none', async () => {
      await paths(1);
      await s().takeCaseloadPlace(place('ips-1', 'coach-a'), 20);
      await s().takeCaseloadPlace(place('ips-1', 'coach-b'), 20);
      expect(Object.fromEntries(await s().countCaseloads(KEY, ['coach-a', 'coach-b']))).to.deep.equal({ 'coach-a': 0, 'coach-b': 1 });
      await s().releaseCaseloadPlace('ips-1');
      expect((await s().countCaseloads(KEY, ['coach-b'])).get('coach-b')).to.equal(0);
    });

    it('Given three paths waiting for a message, When the list is read, Then they come by first entry into the waiting activity', async () => {
      const waits = [
        ['ips-1', '2026-11-03T08:00:00.000Z'],
        ['ips-2', '2026-11-01T08:00:00.000Z'],
        ['ips-3', '2026-11-02T08:00:00.000Z'],
      ] as const;
      for (const [id, at] of waits) {
        await s().commitStep(
          start(instance(id, { processKey: KEY, clientRef: `C-${id}` }), {
            subscriptions: [{ instanceId: id, messageName: 'ips-place-free', activityId: 'waitingList', executionId: `${id}-w2` }],
            history: [
              {
                instanceId: id,
                executionId: `${id}-w1`,
                activityId: 'waitingList',
                name: null,
                type: 'bpmn:ReceiveTask',
                startedAt: at,
                endedAt: at,
                expectedBy: null,
                by: null,
              },
              {
                instanceId: id,
                executionId: `${id}-w2`,
                activityId: 'waitingList',
                name: null,
                type: 'bpmn:ReceiveTask',
                startedAt: '2026-11-20T08:00:00.000Z',
                endedAt: null,
                expectedBy: null,
                by: null,
              },
            ],
          }),
        );
      }
      await s().commitStep(start(instance('other', { processKey: KEY })));
      const list = await s().listWaiting({ processKey: KEY, messageName: 'ips-place-free', activityId: 'waitingList' });
      expect(list.map((w) => [w.instanceId, w.clientRef, w.since])).to.deep.equal([
        ['ips-2', 'C-ips-2', '2026-11-01T08:00:00.000Z'],
        ['ips-3', 'C-ips-3', '2026-11-02T08:00:00.000Z'],
        ['ips-1', 'C-ips-1', '2026-11-03T08:00:00.000Z'],
      ]);
    });
  });
}
