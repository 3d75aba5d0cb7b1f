/** Store contract: the report queries (stalled list, activity stats, referrals, outcomes, late tasks, counters). */
import { expect } from 'chai';
import type { HistoryRecord, InstanceRecord, StalledQuery } from '../../../../engine/store/Store.js';
import { instance, next, start, task, type StoreOf } from './records.js';

const day = (d: number, h = 9) => `2026-03-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00.000Z`;
const NOW = day(10);

/** A history row of activity `activityId` from `startedAt`, open or ended `seconds` later. */
function row(
  instanceId: string,
  executionId: string,
  activityId: string,
  startedAt: string,
  over: Partial<HistoryRecord> = {},
): HistoryRecord {
  return {
    instanceId,
    executionId,
    activityId,
    name: `Step ${activityId}`,
    type: 'bpmn:UserTask',
    startedAt,
    endedAt: null,
    expectedBy: null,
    by: null,
    ...over,
  };
}
const after = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

/** Registers the report tests against the store `s()` returns. */
export function reportContract(s: StoreOf): void {
  describe('reports', () => {
    let p3: InstanceRecord;
    beforeEach(async () => {
      // Given three running referral paths waiting at `check` (two late at NOW, one on time), a completed
      // path with a row left open, and a team path started from p1 in Rovaniemi.
      await s().commitStep(
        start(instance('p1', { clientRef: 'client-1', startedAt: day(1) }), {
          tasks: [task('t1', 'p1', { executionId: 'x1', activityId: 'check', roles: ['nurse'], expectedBy: day(5) })],
          history: [row('p1', 'x1', 'check', day(1), { expectedBy: day(5) })],
        }),
      );
      await s().commitStep(
        start(instance('p2', { clientRef: 'client-2', startedAt: day(2) }), {
          tasks: [task('t2', 'p2', { executionId: 'x2', activityId: 'check', roles: ['doctor'], expectedBy: day(3) })],
          history: [row('p2', 'x2', 'check', day(2), { expectedBy: day(3) })],
        }),
      );
      p3 = instance('p3', { clientRef: 'client-3', startedAt: '2026-02-27T09:00:00.000Z' });
      await s().commitStep(start(p3, { history: [row('p3', 'x3', 'check', day(8), { expectedBy: day(20) })] }));
      await s().commitStep(
        start(instance('p4', { clientRef: 'client-1', state: 'completed', startedAt: day(1) }), {
          history: [row('p4', 'x4', 'check', day(1), { expectedBy: day(2) })],
        }),
      );
      await s().commitStep(
        start(
          instance('p5', {
            processKey: 'team',
            clientRef: 'client-1',
            parentInstanceId: 'p1',
            startedAt: day(6),
            variables: { organisation: 'rovaniemi' },
          }),
          {
            tasks: [
              task('t5', 'p5', {
                processKey: 'team',
                executionId: 'x5',
                activityId: 'meeting',
                roles: ['case-manager', 'nurse'],
                expectedBy: day(5),
              }),
            ],
            history: [row('p5', 'x5', 'meeting', day(6), { expectedBy: day(5), stalledReason: 'meeting-rhythm' })],
          },
        ),
      );
    });

    const stalled = async (q: Partial<StalledQuery> = {}) =>
      (await s().listStalled({ now: NOW, limit: 50, ...q })).map((r) => `${r.instanceId}:${r.activityId}`);

    it('Given late and on-time steps, When the stalled list is read, Then only late steps of running paths come, most overdue first, ties by path', async () => {
      expect(await stalled()).to.deep.equal(['p2:check', 'p1:check', 'p5:meeting']);
      const [first] = await s().listStalled({ now: NOW, limit: 1 });
      expect(first).to.deep.equal({
        instanceId: 'p2',
        executionId: 'x2',
        clientRef: 'client-2',
        processKey: 'referral',
        version: 1,
        activityId: 'check',
        activityName: 'Step check',
        roles: ['doctor'],
        since: day(2),
        expectedBy: day(3),
        organisation: null,
        reason: 'late',
      });
      expect(await stalled({ now: day(2) })).to.deep.equal([]);
    });

    it('Given the filters, When each is applied, Then only its rows come; pages of one follow the order', async () => {
      expect(await stalled({ role: 'nurse' })).to.deep.equal(['p1:check', 'p5:meeting']);
      expect(await stalled({ processKey: 'team' })).to.deep.equal(['p5:meeting']);
      expect(await stalled({ activityId: 'check' })).to.deep.equal(['p2:check', 'p1:check']);
      expect(await stalled({ organisation: 'rovaniemi' })).to.deep.equal(['p5:meeting']);
      expect(await stalled({ reason: 'meeting-rhythm' })).to.deep.equal(['p5:meeting']);
      expect(await stalled({ reason: 'late' })).to.deep.equal(['p2:check', 'p1:check']);
      expect(await stalled({ reason: 'follow-up-missed' })).to.deep.equal([]);
      expect((await s().listStalled({ now: NOW, limit: 50, reason: 'meeting-rhythm' }))[0]?.reason).to.equal('meeting-rhythm');
      const seen: string[] = [];
      let position: StalledQuery['after'] = null;
      for (let page = 0; page < 5; page++) {
        const [r] = await s().listStalled({ now: NOW, limit: 1, after: position });
        if (!r) break;
        seen.push(r.instanceId);
        position = { expectedBy: r.expectedBy, instanceId: r.instanceId, executionId: r.executionId };
      }
      expect(seen).to.deep.equal(['p2', 'p1', 'p5']);
    });

    it('Given late steps of one process at two activities, When its stalled list is paged one at a time, Then the pages interleave the activities in expectedBy order', async () => {
      await s().commitStep(
        start(instance('p6', { clientRef: 'client-6', startedAt: day(1) }), {
          history: [row('p6', 'x6', 'consent', day(1), { expectedBy: day(4) })],
        }),
      );
      const seen: string[] = [];
      let position: StalledQuery['after'] = null;
      for (let page = 0; page < 5; page++) {
        const [r] = await s().listStalled({ now: NOW, limit: 1, processKey: 'referral', after: position });
        if (!r) break;
        seen.push(`${r.instanceId}:${r.activityId}`);
        position = { expectedBy: r.expectedBy, instanceId: r.instanceId, executionId: r.executionId };
      }
      expect(seen).to.deep.equal(['p2:check', 'p6:consent', 'p1:check']);
      expect(await stalled({ processKey: 'nothing-deployed' })).to.deep.equal([]);
    });

    it('Given waits of 90 s, 1 h, 2 h, 3 d and 5 d at one step, When the stats are read, Then counts and nearest-rank median and p90 are exact', async () => {
      const waits = [90, 3600, 7200, 3 * 86400, 5 * 86400 + 1800];
      for (const [n, w] of waits.entries()) {
        await s().commitStep(
          start(instance(`w${n}`, { startedAt: day(1) }), { history: [row(`w${n}`, 'x', 'check', day(1), { endedAt: after(day(1), w) })] }),
        );
      }
      // When p1's step closes after 4 days and p3 ends with its row still open.
      await s().commitStep(
        next(instance('p1', { clientRef: 'client-1', startedAt: day(1) }), {
          history: [row('p1', 'x1', 'check', day(1), { expectedBy: day(5), endedAt: day(5) })],
        }),
      );
      await s().commitStep(next(p3, {}, { state: 'completed', endedAt: day(9) }));
      const stats = await s().activityStats('referral', 1);
      // Completed: five waits and p1's 4 days → 60, 3600, 7200, 259200, 345600, 432000; median rank 3, p90 rank 6.
      expect(stats).to.deep.equal([{ activityId: 'check', active: 1, completed: 6, medianWaitSeconds: 7200, p90WaitSeconds: 432000 }]);
      expect(await s().activityStats('team', 1)).to.deep.equal([
        { activityId: 'meeting', active: 1, completed: 0, medianWaitSeconds: null, p90WaitSeconds: null },
      ]);
      expect(await s().activityStats('referral', 2)).to.deep.equal([]);
    });

    it('Given paths started in two months, one from another path, When referrals are counted, Then per month, process, source and organisation', async () => {
      expect(await s().countReferrals({})).to.deep.equal([
        { month: '2026-02', processKey: 'referral', source: null, organisation: null, count: 1 },
        { month: '2026-03', processKey: 'referral', source: null, organisation: null, count: 3 },
        { month: '2026-03', processKey: 'team', source: 'referral', organisation: 'rovaniemi', count: 1 },
      ]);
      expect((await s().countReferrals({ from: '2026-03', to: '2026-03' })).map((r) => r.count)).to.deep.equal([3, 1]);
    });

    it('Given team paths whose meeting milestone ends, When the team figures are read, Then per source path, month and organisation: started, reached, median and p90 to the first meeting', async () => {
      const meeting = (instanceId: string, executionId: string, startedAt: string, endedAt: string | null) =>
        row(instanceId, executionId, 'meetingTimer', startedAt, {
          type: 'bpmn:IntermediateCatchEvent',
          milestone: 'team-meeting',
          endedAt,
        });
      // p5 (team, from p1 started day 1) meets on day 8 in a later step; a second meeting on day 9 does not count.
      // (The organisation counted is the source path's: p1 has none, whatever the team path's own.)
      const p5 = instance('p5', { processKey: 'team', clientRef: 'client-1', parentInstanceId: 'p1', startedAt: day(6) });
      await s().commitStep(next(p5, { history: [meeting('p5', 'm1', day(7), null)] }));
      await s().commitStep(next({ ...p5, revision: 2 }, { history: [meeting('p5', 'm1', day(7), day(8))] }));
      await s().commitStep(next({ ...p5, revision: 3 }, { history: [meeting('p5', 'm2', day(9), day(9, 12))] }));
      // A team path started directly (no parent) meets in the same step it opens the row: 2 days after its start.
      await s().commitStep(
        start(instance('p6', { processKey: 'team', startedAt: day(3) }), { history: [meeting('p6', 'm1', day(4), day(5))] }),
      );
      // p2's team waits for its meeting: not reached.
      await s().commitStep(
        start(instance('p7', { processKey: 'team', parentInstanceId: 'p2', startedAt: day(4) }), {
          history: [meeting('p7', 'm1', day(4), null)],
        }),
      );
      expect(await s().teamMeetingFigures({})).to.deep.equal([
        {
          month: '2026-03',
          source: 'referral',
          organisation: null,
          started: 3,
          reachedTeam: 1,
          medianToMeetingSeconds: 7 * 86400,
          p90ToMeetingSeconds: 7 * 86400,
        },
        {
          month: '2026-03',
          source: 'team',
          organisation: null,
          started: 1,
          reachedTeam: 1,
          medianToMeetingSeconds: 2 * 86400,
          p90ToMeetingSeconds: 2 * 86400,
        },
      ]);
      expect(await s().teamMeetingFigures({ from: '2026-04' })).to.deep.equal([]);
    });

    it('Given coaching outcomes, two jobs of one person, one of another and a drop-out, When counted, Then persons and jobs are separate', async () => {
      const outcome = (id: string, instanceId: string, ipsOutcome: string) =>
        task(id, instanceId, { processKey: 'ips', state: 'completed', data: { ipsOutcome }, completedAt: day(9) });
      await s().commitStep(
        start(instance('i1', { processKey: 'ips', clientRef: 'client-a' }), {
          tasks: [outcome('o1', 'i1', 'employed-company'), outcome('o2', 'i1', 'employed-city-subsidy')],
        }),
      );
      await s().commitStep(
        start(instance('i2', { processKey: 'ips', clientRef: 'client-b' }), { tasks: [outcome('o3', 'i2', 'apprenticeship')] }),
      );
      await s().commitStep(
        start(instance('i3', { processKey: 'ips', clientRef: 'client-c' }), { tasks: [outcome('o4', 'i3', 'dropped-out')] }),
      );
      // An open outcome task counts once it is completed.
      const i4 = instance('i4', { processKey: 'ips', clientRef: 'client-d' });
      await s().commitStep(start(i4, { tasks: [task('o5', 'i4', { processKey: 'ips' })] }));
      await s().commitStep(
        next(i4, { tasks: [task('o5', 'i4', { processKey: 'ips', state: 'completed', data: { ipsOutcome: 'study' }, version: 2 })] }),
      );
      const counts = await s().countOutcomes('ips');
      expect(counts).to.deep.include({ persons: 4, employedPersons: 2, jobs: 3 });
      expect(counts.byOutcome).to.deep.equal([
        { outcome: 'apprenticeship', count: 1, persons: 1 },
        { outcome: 'dropped-out', count: 1, persons: 1 },
        { outcome: 'employed-city-subsidy', count: 1, persons: 1 },
        { outcome: 'employed-company', count: 1, persons: 1 },
        { outcome: 'study', count: 1, persons: 1 },
      ]);
    });

    it('Given open tasks late at different times, When tasks late since a day are listed, Then one row per role in role order, the window bounds kept', async () => {
      const rows = await s().listLateTasks({ since: day(4), now: NOW, limit: 10 });
      expect(rows.map((r) => `${r.role}:${r.taskId}`)).to.deep.equal(['case-manager:t5', 'nurse:t1', 'nurse:t5']);
      expect(rows[0]).to.include({ clientRef: 'client-1', processKey: 'team', instanceId: 'p5', expectedBy: day(5) });
      expect((await s().listLateTasks({ since: day(1), now: NOW, roles: ['doctor'], limit: 10 })).map((r) => r.taskId)).to.deep.equal([
        't2',
      ]);
      const page2 = await s().listLateTasks({
        since: day(4),
        now: NOW,
        limit: 10,
        after: { role: 'nurse', expectedBy: day(5), taskId: 't1' },
      });
      expect(page2.map((r) => r.taskId)).to.deep.equal(['t5']);
    });

    it('Given the fixture, When the operation counters are read, Then open tasks and running paths are counted', async () => {
      expect(await s().countOperations()).to.deep.equal({ openTasks: 3, runningInstances: 4 });
      await s().commitStep(next(p3, {}, { state: 'cancelled', endedAt: day(9) }));
      expect(await s().countOperations()).to.deep.equal({ openTasks: 3, runningInstances: 3 });
    });
  });
}
