import { expect } from 'chai';
import { createEngine } from '../../../engine/index.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';
import type { PolkuEngineApi } from '../../../engine/api.js';
import { completeOpen, daysFromNow, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

describe('Feature: live engines kept between steps never outrank the store', () => {
  let f: EngineFixture;
  let other: PolkuEngineApi;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('basic', fixture('basic'));
    // A second engine process on the same file, with its own cache of live engines.
    other = await createEngine({ store: await createSqliteStore(f.file), lint: false });
  });
  afterEach(async () => {
    await other.close();
    await f.close();
  });

  it('Scenario: this process holds the live engine of a path, another process moves the path on. Then the next step here recovers from the store and goes on from where the other left it', async () => {
    const i = await f.engine.startInstance({ processKey: 'basic' });
    // The other process takes the path to the health route: it waits for consent now.
    await completeOpen(other, i.id, 'identify', 'case-manager', { route: 'health' });
    // Here the live engine still waits at `identify`; the message must meet the stored state instead.
    const after = await f.engine.deliverMessage(i.id, 'consent-received');
    expect(after.active.map((a) => a.activityId)).to.deep.equal(['nurse']);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['nurse']);
    expect(after.revision).to.equal(3);
  });

  it('Scenario: a step here loses the race to another process at its commit. Then its engine is not kept; the retried step recovers from the store and both completions count', async () => {
    await f.engine.deploy('gateways', fixture('gateways'));
    const i = await f.engine.startInstance({ processKey: 'gateways' });
    // Right before this process commits `social`, the other one commits `health`.
    const commit = f.store.commitStep.bind(f.store);
    f.store.commitStep = async (step) => {
      f.store.commitStep = commit;
      await completeOpen(other, i.id, 'health', 'nurse');
      return commit(step);
    };
    await completeOpen(f.engine, i.id, 'social', 'social-worker', { needsKela: true, riskTotal: 4 });
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['coach', 'kela']);
    const history = (await f.engine.getInstance(i.id)).history;
    expect(history.filter((h) => h.activityId === 'health' && h.endedAt)).to.have.length(1);
    expect(history.filter((h) => h.activityId === 'social' && h.endedAt)).to.have.length(1);
  });

  it('Scenario: a path whose live engine is kept here has a timer that comes due days later. Then the timer fires at its stored time, once', async () => {
    const i = await f.engine.startInstance({ processKey: 'basic' });
    expect(await f.engine.fireDueTimers(daysFromNow(1))).to.equal(0);
    expect(await f.engine.fireDueTimers(daysFromNow(6))).to.equal(1);
    expect(await f.engine.fireDueTimers(daysFromNow(6))).to.equal(0);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['identify', 'remind']);
  });
});
