import { expect } from 'chai';
import { completeOpen, daysFromNow, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

describe('Feature: timer kinds (timeCycle, timeDate)', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('cycle', fixture('cycle'));
    await f.engine.deploy('deadline', fixture('deadline-loop'));
  });
  afterEach(() => f.close());

  const firings = async (instanceId: string) =>
    (await f.engine.getInstance(instanceId)).history.filter((h) => h.activityId === 'weekly').length;

  it('Scenario: a weekly reminder R3/P7D. Given invitations stay unconfirmed, Then the reminder fires once a week, three times at most', async () => {
    const i = await f.engine.startInstance({ processKey: 'cycle' });
    for (let week = 1; week <= 5; week++) await f.engine.fireDueTimers(daysFromNow(7 * week + 0.5));
    // Each repeat is due a week after the real clock, so a pass far ahead may fire several at once.
    expect(await firings(i.id)).to.be.within(1, 3);
    for (let pass = 0; pass < 5; pass++) await f.engine.fireDueTimers(daysFromNow(400));
    expect(await firings(i.id)).to.equal(3);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['confirm']);
  });

  it('Scenario: a timeDate already past fires at once when reached, and the path moves on', async () => {
    const i = await f.engine.startInstance({ processKey: 'cycle' });
    await completeOpen(f.engine, i.id, 'confirm', 'case-manager');
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['done']);
    expect((await f.engine.getInstance(i.id)).history.map((h) => h.activityId)).to.include('meeting');
  });

  it('Scenario: a timer created while timers fire ahead of time is due from that time, not from the wall clock', async () => {
    const i = await f.engine.startInstance({ processKey: 'deadlineLoop' });
    const deadlines = async () => (await f.engine.getInstance(i.id)).history.filter((h) => h.activityId === 'deadline').length;
    await f.engine.fireDueTimers(daysFromNow(7));
    expect(await deadlines()).to.equal(1);
    await f.engine.fireDueTimers(daysFromNow(12));
    expect(await deadlines()).to.equal(1);
    await f.engine.fireDueTimers(daysFromNow(13.5));
    expect(await deadlines()).to.equal(2);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['book']);
  });
});
