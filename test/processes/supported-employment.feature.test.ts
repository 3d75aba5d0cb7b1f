/** Feature: supported employment by the IPS criteria (DOMAIN §7), on the real engine and SQLite store. */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { completeAs, deployPolkuProcesses, expectInOrder, pathOf } from './support/steps.js';

describe('Feature: supported employment (supported-employment)', () => {
  let fx: EngineFixture;
  let id: string;

  async function givenCoaching() {
    await completeAs(fx.engine, id, 'ipsHandover', 'job-coach');
    await fx.engine.deliverMessage(id, 'first-employer-contact');
  }

  beforeEach(async () => {
    fx = await givenEngine();
    await deployPolkuProcesses(fx.engine);
    id = (await fx.engine.startInstance({ processKey: 'supported-employment' })).id;
  });
  afterEach(async () => fx.close());

  it('Given the tripartite handover, When it is done, Then the first employer contact is expected within 30 days', async () => {
    const before = Date.now();
    await completeAs(fx.engine, id, 'ipsHandover', 'job-coach');
    const waiting = (await fx.engine.getInstance(id)).active.find((a) => a.activityId === 'firstEmployerContact');
    expect(waiting, 'waits for the first employer contact').to.not.equal(undefined);
    const days = (Date.parse(waiting?.expectedBy ?? '') - before) / 864e5;
    expect(days).to.be.within(29.99, 30.01);
  });

  for (const [ipsOutcome, end] of [
    ['employed-third-sector-subsidy', 'endEmployed'],
    ['apprenticeship', 'endStudyOrTrial'],
    ['study', 'endStudyOrTrial'],
    ['dropped-out', 'endOther'],
    ['other-services', 'endOther'],
  ]) {
    it(`Given coaching after the first employer contact, When the outcome is "${ipsOutcome}", Then the path ends at ${end}`, async () => {
      await givenCoaching();
      const done = await completeAs(fx.engine, id, 'coaching', 'job-coach', { ipsOutcome });
      expect(done.state).to.equal('completed');
      const path = await pathOf(fx.engine, id);
      expectInOrder(path, ['ipsHandover', 'firstEmployerContact', 'coaching', 'outcomeGateway', end]);
    });
  }
});
