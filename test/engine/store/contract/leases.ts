/** Store contract: timer leases (claim, give back, retry later) and incidents that keep their waits. */
import { expect } from 'chai';
import type { IncidentRecord } from '../../../../engine/store/Store.js';
import { instance, next, start, timer, type StoreOf } from './records.js';

const NOW = '2026-03-10T00:00:00.000Z';
const LATER = '2026-03-10T00:01:00.000Z';
const ids = (timers: { id: string }[]) => timers.map((t) => t.id);

/** Registers the lease and incident tests against the store `s()` returns. */
export function leaseContract(s: StoreOf): void {
  describe('timer leases', () => {
    beforeEach(async () => {
      await s().commitStep(
        start(instance('inst-1'), {
          timers: [timer('t-2', 'inst-1', '2026-03-02T00:00:00.000Z'), timer('t-1', 'inst-1', '2026-03-01T00:00:00.000Z')],
        }),
      );
      await s().commitStep(start(instance('inst-2'), { timers: [timer('t-3', 'inst-2', '2026-03-03T00:00:00.000Z')] }));
      await s().commitStep(start(instance('inst-3'), { timers: [timer('t-late', 'inst-3', '2026-04-01T00:00:00.000Z')] }));
    });

    it('Given three due timers, When one owner claims two and another claims next, Then each gets different rows, oldest first, with their attempts', async () => {
      const a = await s().claimDueTimers(NOW, 'owner-a', LATER, 2);
      expect(ids(a)).to.deep.equal(['t-1', 't-2']);
      expect(a[0]).to.deep.equal({ ...timer('t-1', 'inst-1', '2026-03-01T00:00:00.000Z'), attempts: 0 });
      expect(ids(await s().claimDueTimers(NOW, 'owner-b', LATER, 10))).to.deep.equal(['t-3']);
      expect(await s().claimDueTimers(NOW, 'owner-c', LATER, 10)).to.deep.equal([]);
    });

    it('Given twenty due timers, When three owners claim at the same moment, Then no timer goes to two owners and none is lost', async () => {
      const due = Array.from({ length: 20 }, (_, n) =>
        timer(`race-${String(n).padStart(2, '0')}`, 'inst-race', '2026-03-04T00:00:00.000Z'),
      );
      await s().commitStep(start(instance('inst-race'), { timers: due }));
      const taken = await Promise.all(['owner-a', 'owner-b', 'owner-c'].map((owner) => s().claimDueTimers(NOW, owner, LATER, 12)));
      // A claimer that lost a race may get fewer than its limit; what nobody took is still free.
      taken.push(await s().claimDueTimers(NOW, 'owner-d', LATER, 100));
      const all = taken.flatMap(ids);
      expect(new Set(all).size, 'timers taken twice').to.equal(all.length);
      expect(all.filter((id) => id.startsWith('race-')).sort()).to.deep.equal(ids(due));
    });

    it('Given claimed timers, When their lease expires (the owner died), Then another owner claims them', async () => {
      await s().claimDueTimers(NOW, 'owner-a', LATER, 10);
      expect(await s().claimDueTimers('2026-03-10T00:00:59.000Z', 'owner-b', '2026-03-10T00:02:00.000Z', 10)).to.deep.equal([]);
      expect(ids(await s().claimDueTimers(LATER, 'owner-b', '2026-03-10T00:02:00.000Z', 10))).to.deep.equal(['t-1', 't-2', 't-3']);
    });

    it('Given a claimed timer, When its owner gives it back, Then it is free at once; a failure counts an attempt and holds it until the retry time', async () => {
      await s().claimDueTimers(NOW, 'owner-a', LATER, 10);
      expect(await s().releaseTimer('t-3', 'owner-b', null)).to.equal(null);
      expect(await s().releaseTimer('t-3', 'owner-a', null)).to.equal(0);
      expect(await s().releaseTimer('t-1', 'owner-a', { retryAt: '2026-03-10T00:00:30.000Z' })).to.equal(1);
      expect(ids(await s().claimDueTimers(NOW, 'owner-b', LATER, 10))).to.deep.equal(['t-3']);
      const retried = await s().claimDueTimers('2026-03-10T00:00:30.000Z', 'owner-b', LATER, 10);
      expect(retried.map((t) => [t.id, t.attempts])).to.deep.equal([['t-1', 1]]);
    });

    it('Given a claimed timer, When a step of its instance replaces the timers, Then the new rows are free and the old lease is gone', async () => {
      await s().claimDueTimers(NOW, 'owner-a', LATER, 10);
      await s().commitStep(next(instance('inst-2'), { timers: [timer('t-3', 'inst-2', '2026-03-05T00:00:00.000Z')] }));
      expect(await s().releaseTimer('t-3', 'owner-a', null)).to.equal(null);
      expect(ids(await s().claimDueTimers(NOW, 'owner-b', LATER, 10))).to.deep.equal(['t-3']);
    });
  });

  describe('incidents', () => {
    const incident: IncidentRecord = {
      activityId: 'decide',
      message: 'no conditional flow taken',
      attempts: 3,
      occurredAt: NOW,
      action: { kind: 'signal', executionId: 'exe-decide' },
    };

    it('Given a waiting instance, When a step without timers or subscriptions records an incident, Then the incident reads back and every wait is kept but not claimed', async () => {
      const sub = { instanceId: 'inst-1', messageName: 'results-arrived', activityId: 'wait', executionId: 'exe-w' };
      const i = instance('inst-1');
      await s().commitStep(start(i, { timers: [timer('t-1', 'inst-1', '2026-03-01T00:00:00.000Z')], subscriptions: [sub] }));
      const failed = next(i, { timers: undefined, subscriptions: undefined }, { state: 'failed', incident });
      await s().commitStep(failed);
      expect((await s().getInstance('inst-1'))?.incident).to.deep.equal(incident);
      expect(ids(await s().listDueTimers(NOW, 10))).to.deep.equal(['t-1']);
      expect(await s().findSubscriptions('inst-1', 'results-arrived')).to.deep.equal([sub]);
      expect(await s().claimDueTimers(NOW, 'owner-a', LATER, 10)).to.deep.equal([]);
      expect((await s().listInstances({ state: 'failed' })).map((r) => r.id)).to.deep.equal(['inst-1']);

      // A retry that succeeds runs the instance again: its timers can be claimed.
      await s().commitStep(
        next(failed.instance, { timers: [timer('t-1', 'inst-1', '2026-03-01T00:00:00.000Z')] }, { state: 'running', incident: null }),
      );
      expect(ids(await s().claimDueTimers(NOW, 'owner-a', LATER, 10))).to.deep.equal(['t-1']);
    });
  });
}

/** Registers the tests of steps committed at the same moment against the store `s()` returns. */
export function concurrentCommitContract(s: StoreOf): void {
  describe('steps committed at the same moment', () => {
    it('Given two steps of one instance and one of another handed in together, When they commit, Then the first and the other instance are stored and only the stale one gets conflict', async () => {
      const a = instance('inst-a');
      const b = instance('inst-b');
      await s().commitStep(start(a));
      const outcomes = await Promise.allSettled([
        s().commitStep(next(a, {}, { variables: { first: true } })),
        s().commitStep(next(a, {}, { variables: { second: true } })),
        s().commitStep(start(b, { timers: [timer('t-b', 'inst-b', NOW)] })),
      ]);
      expect(outcomes.map((o) => o.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
      expect((outcomes[1] as PromiseRejectedResult).reason).to.have.property('code', 'conflict');
      expect((await s().getInstance('inst-a'))?.variables).to.deep.equal({ first: true });
      expect((await s().getInstance('inst-a'))?.revision).to.equal(2);
      expect(ids(await s().listDueTimers(NOW, 10))).to.deep.equal(['t-b']);
    });
  });
}
