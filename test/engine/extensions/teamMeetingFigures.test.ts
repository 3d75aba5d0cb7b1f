/**
 * Feature: the referral report's team figures against hand-computed values. Fifty-five referral paths
 * of two sources, two organisations and two months call the team path of the rhythm fixture; the team
 * meets some of them a whole number of days after the referral started, on a controllable engine clock.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import type { PolkuEngineApi } from '../../../engine/api.js';
import { createEngine } from '../../../engine/index.js';
import { firstSlotAfter } from '../../../engine/meetings/slot.js';
import type { Store } from '../../../engine/store/Store.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import { actor, fixture } from '../../support/engine.js';
import { tempDir } from '../../support/stores.js';

const MIN = 60_000;
const DAY = 86_400_000;

/** One cohort: paths of a source and organisation started a minute apart from `from`; the team meets path i after waits[i] days (none: never). */
interface Cohort {
  source: string;
  organisation: string;
  from: string;
  paths: number;
  waits: number[];
}

const COHORTS: Cohort[] = [
  // 20 paths, 15 met after 1..15 days: median rank 8 → 8 d, p90 rank 14 → 14 d.
  {
    source: 'rhythm-ref-a',
    organisation: 'rovaniemi',
    from: '2026-10-01T08:00:00Z',
    paths: 20,
    waits: [...Array(15).keys()].map((i) => i + 1),
  },
  // 10 paths, 4 met after 10, 20, 30 and 40 days: median rank 2 → 20 d, p90 rank 4 → 40 d.
  { source: 'rhythm-ref-a', organisation: 'kemijarvi', from: '2026-10-05T08:00:00Z', paths: 10, waits: [40, 10, 30, 20] },
  // 25 paths, all met: ten after 2 d, ten after 5 d, five after 9 d: median rank 13 → 5 d, p90 rank 23 → 9 d.
  {
    source: 'rhythm-ref-b',
    organisation: 'rovaniemi',
    from: '2026-11-02T08:00:00Z',
    paths: 25,
    waits: [...Array(25).keys()].map((i) => (i < 10 ? 2 : i < 20 ? 5 : 9)),
  },
];

describe('Feature: referral report team figures on fifty-five paths', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let engine: PolkuEngineApi & { close(): Promise<void> };
  let clock = 0;
  // One client per meeting: each booking takes the next odd-week Wednesday 13:00 (the slot rule), far enough ahead.
  let slot = firstSlotAfter(new Date('2027-06-01T00:00:00Z'), 0);

  async function complete(instanceId: string, activityId: string, role: string, data: Record<string, unknown> = {}) {
    const [task] = (await engine.listTasks({ processInstanceId: instanceId, state: 'open' })).filter((t) => t.activityId === activityId);
    if (!task) throw new Error(`no open ${activityId}`);
    await engine.completeTask(task.id, { data, actor: actor(role) });
  }

  before(async () => {
    tmp = tempDir();
    store = await createSqliteStore(join(tmp.dir, 'polku.sqlite'));
    engine = await createEngine({ store, clock: () => new Date(clock), lint: false });
    await engine.deploy('team-rhythm.bpmn', fixture('team-rhythm'));
    for (const cohort of COHORTS) {
      for (let i = 0; i < cohort.paths; i++) {
        const startedAt = Date.parse(cohort.from) + i * MIN;
        clock = startedAt;
        const referral = await engine.startInstance({ processKey: cohort.source, variables: { organisation: cohort.organisation } });
        const wait = cohort.waits[i];
        if (wait === undefined) continue;
        const [team] = (await engine.listInstances({ processKey: 'rhythm-team' })).filter((t) => t.parentInstanceId === referral.id);
        clock = startedAt + MIN;
        slot = firstSlotAfter(slot, 1);
        await complete(team!.id, 'booking', 'case-manager', { meetingDate: slot.toISOString() });
        await complete(team!.id, 'invitation', 'case-manager');
        // When the team meets the client `wait` days after the referral started.
        clock = startedAt + wait * DAY;
        await complete(team!.id, 'meeting', 'team');
      }
    }
  });
  after(async () => {
    await engine.close();
    tmp.dispose();
  });

  it('Given the cohorts, When the team figures are read, Then started, reached and the median and p90 days to the meeting are the hand-computed ones', async () => {
    expect(await store.teamMeetingFigures({})).to.deep.equal([
      {
        month: '2026-10',
        source: 'rhythm-ref-a',
        organisation: 'kemijarvi',
        started: 10,
        reachedTeam: 4,
        medianToMeetingSeconds: 20 * 86_400,
        p90ToMeetingSeconds: 40 * 86_400,
      },
      {
        month: '2026-10',
        source: 'rhythm-ref-a',
        organisation: 'rovaniemi',
        started: 20,
        reachedTeam: 15,
        medianToMeetingSeconds: 8 * 86_400,
        p90ToMeetingSeconds: 14 * 86_400,
      },
      {
        month: '2026-11',
        source: 'rhythm-ref-b',
        organisation: 'rovaniemi',
        started: 25,
        reachedTeam: 25,
        medianToMeetingSeconds: 5 * 86_400,
        p90ToMeetingSeconds: 9 * 86_400,
      },
    ]);
  });

  it('Given a month range, When only November is asked for, Then only its cohort comes', async () => {
    expect((await store.teamMeetingFigures({ from: '2026-11', to: '2026-11' })).map((r) => r.source)).to.deep.equal(['rhythm-ref-b']);
  });
});
