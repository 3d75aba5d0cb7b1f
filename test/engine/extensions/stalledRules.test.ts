/**
 * Feature: the team-rhythm rules of the stalled list, on the real engine and SQLite store with a
 * controllable engine clock. One client per meeting (odd-week Wednesdays 13:00 Finnish time), so the
 * paths come to the team in different weeks: followUpMissed on Monday 26 October (meets 4 November),
 * unconfirmed on Monday 9 November (books 18 November and never confirms), and onTime, unbooked and
 * farMeeting on Monday 23 November 2026 (ISO week 48, even) at 08:00Z, a minute apart; the rhythm
 * makes those three due by Wednesday 2 December 15:00 Finnish time (13:00Z, week 49). The fixture
 * carries team-process's rule properties without FEEL now() or date timers, so the engine clock alone
 * decides every deadline.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolkuEngineApi } from '../../../engine/api.js';
import { createEngine } from '../../../engine/index.js';
import { describeProcess, parseBpmn, processesOf } from '../../../engine/runtime/bpmnModel.js';
import type { Store } from '../../../engine/store/Store.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import { actor, fixture } from '../../support/engine.js';
import { tempDir } from '../../support/stores.js';

const ARRIVAL = Date.parse('2026-11-23T08:00:00Z');
const RHYTHM_DUE = '2026-12-02T13:00:00.000Z';
const MIN = 60_000;

describe('Feature: team-rhythm rules in the stalled list', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let engine: PolkuEngineApi & { close(): Promise<void> };
  let clock = ARRIVAL;
  const ids: Record<string, string> = {};
  const names = () => Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));

  const at = (iso: string) => (clock = Date.parse(iso));
  async function complete(name: string, activityId: string, role: string, data: Record<string, unknown> = {}) {
    const [task] = (await engine.listTasks({ processInstanceId: ids[name], state: 'open' })).filter((t) => t.activityId === activityId);
    if (!task) throw new Error(`${name} has no open ${activityId}`);
    await engine.completeTask(task.id, { data, actor: actor(role) });
  }
  /** The whole stalled list at `now` as `path:step:reason@expectedBy`, in its order. */
  async function stalledAt(now: string): Promise<string[]> {
    const rows = await store.listStalled({ now, limit: 500 });
    const byId = names();
    return rows.map((r) => `${byId[r.instanceId]}:${r.activityId}:${r.reason}@${r.expectedBy}`);
  }

  before(async () => {
    tmp = tempDir();
    store = await createSqliteStore(join(tmp.dir, 'polku.sqlite'));
    engine = await createEngine({ store, clock: () => new Date(clock), lint: false });
    await engine.deploy('team-rhythm.bpmn', fixture('team-rhythm'));
    // Given followUpMissed, which comes to the team on 26 October, books 4 November, confirms and meets then.
    at('2026-10-26T08:00:00Z');
    ids.followUpMissed = (await engine.startInstance({ processKey: 'rhythm-team' })).id;
    at('2026-10-27T08:00:00Z');
    await complete('followUpMissed', 'booking', 'case-manager', { meetingDate: '2026-11-04T11:00:00Z' });
    at('2026-10-28T08:00:00Z');
    await complete('followUpMissed', 'invitation', 'case-manager');
    at('2026-11-04T11:45:00Z');
    await complete('followUpMissed', 'meeting', 'team');
    // And unconfirmed, which comes on 9 November, books 18 November (confirm by 11 November 11:00Z) and never confirms.
    at('2026-11-09T08:00:00Z');
    ids.unconfirmed = (await engine.startInstance({ processKey: 'rhythm-team' })).id;
    at('2026-11-10T08:00:00Z');
    await complete('unconfirmed', 'booking', 'case-manager', { meetingDate: '2026-11-18T11:00:00Z' });
    // And three paths arriving on 23 November a minute apart.
    for (const [i, name] of ['onTime', 'unbooked', 'farMeeting'].entries()) {
      clock = ARRIVAL + i * MIN;
      ids[name] = (await engine.startInstance({ processKey: 'rhythm-team' })).id;
    }
    // On Tuesday onTime books the rhythm's Wednesday, farMeeting the odd-week Wednesday four weeks later.
    at('2026-11-24T08:00:00Z');
    await complete('onTime', 'booking', 'case-manager', { meetingDate: '2026-12-02T11:00:00Z' });
    await complete('farMeeting', 'booking', 'case-manager', { meetingDate: '2026-12-30T11:00:00Z' });
    // On Wednesday both confirm.
    at('2026-11-25T08:00:00Z');
    for (const name of ['onTime', 'farMeeting']) await complete(name, 'invitation', 'case-manager');
    // The meeting of onTime is held on 2 December.
    at('2026-12-02T11:45:00Z');
    await complete('onTime', 'meeting', 'team');
  });
  after(async () => {
    await engine.close();
    tmp.dispose();
  });

  it('Given the invitations of a meeting on 18 November unconfirmed, When the list is read on 26 November, Then only that invitation is listed, as unconfirmed', async () => {
    expect(await stalledAt('2026-11-26T00:00:00.000Z')).to.deep.equal([
      'unconfirmed:invitation:invitation-unconfirmed@2026-11-11T11:00:00.000Z',
    ]);
  });

  it('Given a path that never booked, When its seven days pass before the rhythm, Then it is plainly late, after the unconfirmed invitation', async () => {
    expect(await stalledAt('2026-12-02T12:59:00.000Z')).to.deep.equal([
      'unconfirmed:invitation:invitation-unconfirmed@2026-11-11T11:00:00.000Z',
      'unbooked:booking:late@2026-11-30T08:01:00.000Z',
    ]);
  });

  it('Given a path confirmed for a meeting four weeks away, When 2 December 15:00 Finnish time passes, Then it is listed for the meeting rhythm; the paths that met never are', async () => {
    expect(await stalledAt('2026-12-02T13:00:01.000Z')).to.deep.equal([
      'unconfirmed:invitation:invitation-unconfirmed@2026-11-11T11:00:00.000Z',
      'unbooked:booking:late@2026-11-30T08:01:00.000Z',
      `farMeeting:meeting:meeting-rhythm@${RHYTHM_DUE}`,
    ]);
    // The wait for the meeting ended for those that met: the arrival mark is gone; the others keep theirs.
    expect((await engine.getInstance(ids.onTime!)).variables).to.not.have.property('teamWaitSince');
    expect((await engine.getInstance(ids.farMeeting!)).variables).to.have.property('teamWaitSince', '2026-11-23T08:02:00.000Z');
  });

  it('Given the follow-up timers fire on 1 January, When one follow-up is done and one is not within 14 days, Then only the missed one is listed, as follow-up-missed, most overdue first', async () => {
    // The follow-up dates come 30 days after the meetings (4 December and 1 January 11:45Z); the timer loop fires both at 12:00Z on 1 January.
    await engine.fireDueTimers(new Date(at('2027-01-01T12:00:00Z')));
    at('2027-01-10T08:00:00Z');
    await complete('onTime', 'followUp', 'case-manager');
    expect((await engine.getInstance(ids.onTime!)).state).to.equal('completed');
    expect(await stalledAt('2027-01-15T11:59:59.000Z')).to.deep.equal([
      'unconfirmed:invitation:invitation-unconfirmed@2026-11-11T11:00:00.000Z',
      'unbooked:booking:late@2026-11-30T08:01:00.000Z',
      `farMeeting:meeting:meeting-rhythm@${RHYTHM_DUE}`,
    ]);
    expect(await stalledAt('2027-01-16T00:00:00.000Z')).to.deep.equal([
      'unconfirmed:invitation:invitation-unconfirmed@2026-11-11T11:00:00.000Z',
      'unbooked:booking:late@2026-11-30T08:01:00.000Z',
      `farMeeting:meeting:meeting-rhythm@${RHYTHM_DUE}`,
      'followUpMissed:followUp:follow-up-missed@2027-01-15T12:00:00.000Z',
    ]);
  });

  it('Given the team process diagram, Then its waits for the meeting, invitation and follow-up carry the rules, and its meeting timer the milestone', async () => {
    const [processEl] = processesOf(
      await parseBpmn(readFileSync(new URL('../../../processes/team-process.bpmn', import.meta.url), 'utf8')),
    );
    const model = describeProcess(processEl!);
    expect(Object.fromEntries(model.stalledRules)).to.deep.equal({
      teamBooking: ['meeting-rhythm'],
      teamInvitation: ['meeting-rhythm', 'invitation-unconfirmed'],
      meetingTimer: ['meeting-rhythm'],
      followUp: ['follow-up-missed'],
    });
    expect(Object.fromEntries(model.milestones)).to.deep.equal({ meetingTimer: 'team-meeting' });
  });

  it('Given the reason filter, When each reason is asked for, Then only its rows come', async () => {
    const only = async (reason: 'late' | 'meeting-rhythm' | 'invitation-unconfirmed' | 'follow-up-missed') =>
      (await store.listStalled({ now: '2027-01-16T00:00:00.000Z', limit: 50, reason })).map((r) => names()[r.instanceId]);
    expect(await only('late')).to.deep.equal(['unbooked']);
    expect(await only('meeting-rhythm')).to.deep.equal(['farMeeting']);
    expect(await only('invitation-unconfirmed')).to.deep.equal(['unconfirmed']);
    expect(await only('follow-up-missed')).to.deep.equal(['followUpMissed']);
  });
});
