/**
 * Runaway diagrams (issue 19, item 6): what can be seen in the diagram is refused at deployment
 * (a zero-length timer in a cycle, an endless or sub-minute `R/` cycle, an oversized file or
 * split); what only a value reveals at run time (a FEEL timer, a flow cycle with no wait) runs
 * into the step's budget and becomes an incident of that instance only, while other paths go on.
 */
import { expect } from 'chai';
import { AppError } from '../../../engine/errors.js';
import { MAX_ELEMENTS_PER_STEP } from '../../../engine/runtime/stepBudget.js';
import { completeOpen, fixture, givenEngine, type EngineFixture } from '../../support/engine.js';
import { cycleTimer, noWaitCycle, parallelSplit, timerLoop } from '../../support/runawayDiagrams.js';

async function refusal(f: EngineFixture, name: string, xml: string): Promise<AppError> {
  try {
    await f.engine.deploy(name, xml);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`${name} was deployed`);
}

describe('Feature: a runaway diagram stops itself, not the service (issue 19, item 6)', function () {
  this.timeout(60_000);
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
  });
  afterEach(() => f.close());

  it('Given a PT0S timer in a loop, When it is deployed, Then it is refused naming the timer', async () => {
    const err = await refusal(f, 'loop', timerLoop('loop', 'PT0S'));
    expect(err.code).to.equal('invalid_bpmn');
    expect(err.details).to.deep.include({
      path: '#wait',
      message: 'a timer inside a cycle must wait at least a minute (timeDuration "PT0S")',
    });
  });

  it('Given a timer in a loop that waits a day, When it is deployed, Then it is accepted (a cycle with a real wait is fine)', async () => {
    expect((await f.engine.deploy('daily', timerLoop('daily', 'P1D')))[0]?.processKey).to.equal('daily');
  });

  it('Given an endless R/ cycle or one faster than a minute, When deployed, Then each is refused naming the timer; R3/P7D is accepted', async () => {
    const endless = await refusal(f, 'endless', cycleTimer('endless', 'R/PT1H'));
    expect(endless.details?.[0]).to.deep.equal({ path: '#tick', message: 'timeCycle "R/PT1H" repeats without end: give a count (R3/P7D)' });
    const fast = await refusal(f, 'fast', cycleTimer('fast', 'R5/PT0.001S'));
    expect(fast.details?.[0]).to.deep.equal({ path: '#tick', message: 'timeCycle "R5/PT0.001S" repeats more often than once a minute' });
    expect(await refusal(f, 'fastest', cycleTimer('fastest', 'R/PT0.001S'))).to.have.property('code', 'invalid_bpmn');
    expect((await f.engine.deploy('weekly', cycleTimer('weekly', 'R3/P7D'))).length).to.equal(1);
  });

  it('Given a 1,400-branch parallel split or a 60-branch one, When deployed, Then the first is refused before parsing and the second for its branching', async () => {
    const huge = await refusal(f, 'huge', parallelSplit('huge', 1_400));
    expect(huge.details).to.deep.equal([{ path: '/xml', message: 'the file has more than 1000 flow elements' }]);
    const wide = await refusal(f, 'wide', parallelSplit('wide', 60));
    expect(wide.details).to.deep.equal([{ path: '#split', message: 'more than 50 outgoing flows (60)' }]);
    expect((await f.engine.deploy('narrow', parallelSplit('narrow', 20))).length).to.equal(1);
  });

  it('Given a flow cycle with no wait, When a path starts, Then the step stops within its budget as an incident at a cycle element and another path goes on', async () => {
    await f.engine.deploy('cycle', noWaitCycle('cycle'));
    await f.engine.deploy('basic', fixture('basic'));
    const runaway = await f.engine.startInstance({ processKey: 'cycle' });
    expect(runaway.state).to.equal('failed');
    expect(runaway.incident?.message).to.match(/^the step exceeded its budget \((\d+ ms|\d+ elements entered)\) at element (a|b)$/);
    expect(['a', 'b']).to.include(runaway.incident?.activityId);
    expect(MAX_ELEMENTS_PER_STEP).to.be.at.most(1_000);
    const other = await f.engine.startInstance({ processKey: 'basic' });
    expect(other.state).to.equal('running');
  });

  it('Given a timer loop whose wait comes from a variable, When it is PT0S at run time, Then the step becomes an incident instead of firing for ever', async () => {
    await f.engine.deploy('feelLoop', timerLoop('feelLoop', '=pause'));
    const runaway = await f.engine.startInstance({ processKey: 'feelLoop', variables: { pause: 'PT0S' } });
    expect(runaway.state).to.equal('failed');
    expect(runaway.incident?.message).to.match(/^the step exceeded its budget/);
    // Nothing is left to fire: a failed path keeps no timer the loop would claim.
    expect((await f.store.listHistory(runaway.id)).length).to.be.below(10);
    const waiting = await f.engine.startInstance({ processKey: 'feelLoop', variables: { pause: 'P1D' } });
    expect(waiting.state).to.equal('running');
  });

  it('Given a repeating timer whose cycle comes from a variable, When it is R/PT0.001S at run time, Then the step becomes an incident and the user task is kept', async () => {
    await f.engine.deploy('feelCycle', cycleTimer('feelCycle', '=cycle'));
    const runaway = await f.engine.startInstance({ processKey: 'feelCycle', variables: { cycle: 'R/PT0.001S' } });
    expect(runaway.state).to.equal('failed');
    expect(runaway.incident?.message).to.match(/^the step exceeded its budget/);
    const calm = await f.engine.startInstance({ processKey: 'feelCycle', variables: { cycle: 'R2/P1D' } });
    expect(calm.state).to.equal('running');
    expect((await completeOpen(f.engine, calm.id, 'work', 'case-manager')).processInstance.state).to.equal('completed');
  });
});
