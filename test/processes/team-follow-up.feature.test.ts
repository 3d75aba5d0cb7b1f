/**
 * Feature: follow-up dates from the rows of TTS §11 (DOMAIN §4) by the engine's clock. FEEL's
 * today() and now() read the engine clock, so a path run on a controlled clock meets its follow-ups
 * on the rows' dates in order and then 90 days after the last one, wherever the machine's clock is.
 */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { hourAfter, wednesdayAhead } from './support/meetingDate.js';
import { completeAs, deployPolkuProcesses, openTasks } from './support/steps.js';
import { bookAndConfirm } from './support/teamSteps.js';

describe('Feature: team follow-ups on the TTS §11 dates by the engine clock (team-process)', () => {
  let fx: EngineFixture;
  /** The engine's clock: moved by the scenario, never the machine's. */
  let clock: Date;

  beforeEach(async () => {
    // A year ahead of the machine: a FEEL today() reading the machine's clock would be a year off.
    clock = new Date(Date.now() + 365 * 864e5);
    fx = await givenEngine({ clock: () => clock });
    await deployPolkuProcesses(fx.engine);
  });
  afterEach(async () => fx.close());

  it('Given a plan with two TTS §11 follow-up dates, When the engine clock moves on, Then the follow-ups come on the 30th and 60th day in order and then 90 days after the last', async () => {
    const id = (await fx.engine.startInstance({ processKey: 'team-process' })).id;
    const meeting = wednesdayAhead(8, true, clock);
    const day = (days: number) => new Date(meeting.getTime() + days * 864e5).toISOString().slice(0, 10);
    const noon = (days: number) => new Date(`${day(days)}T12:00:00Z`);
    /** Fires the due timers at the moment and moves the engine clock there. */
    const moveTo = async (at: Date) => {
      clock = at;
      await fx.engine.fireDueTimers(at);
      return openTasks(fx.engine, id);
    };
    // Given the meeting held and the plan's rows written in it (the later row first)
    const schedule = [
      { schedule: 'Kevät', implementation: 'Työkokeilu', followUpDate: day(60) },
      { schedule: 'Talvi', implementation: 'Kelan kuntoutus', followUpDate: day(30) },
    ];
    await bookAndConfirm(fx.engine, id, meeting);
    await moveTo(hourAfter(meeting));
    for (const activity of ['ttsTeam', 'signatures', 'distribution'])
      await completeAs(fx.engine, id, activity, activity === 'ttsTeam' ? 'team' : 'case-manager', { schedule });

    // Then the first follow-up is on the earlier row's date, not before
    expect(await moveTo(noon(29))).to.deep.equal([]);
    expect(await moveTo(noon(30))).to.deep.equal(['followUp']);
    await completeAs(fx.engine, id, 'followUp', 'case-manager', { followUpDecision: 'continue' });
    // And the next on the later row's date
    expect(await moveTo(noon(59))).to.deep.equal([]);
    expect(await moveTo(noon(60))).to.deep.equal(['followUp']);
    await completeAs(fx.engine, id, 'followUp', 'case-manager', { followUpDecision: 'continue' });
    // And with no row left, 90 days after the last follow-up by the engine clock
    expect(await moveTo(noon(149))).to.deep.equal([]);
    expect(await moveTo(noon(150))).to.deep.equal(['followUp']);
    const fired = (await fx.engine.getInstance(id)).variables;
    expect(fired.schedule).to.have.length(2);
  });
});
