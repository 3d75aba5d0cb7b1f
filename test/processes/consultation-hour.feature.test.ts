/** Feature: the anonymous consultation hour (DOMAIN §5), on the real engine and SQLite store. */
import { expect } from 'chai';
import { daysFromNow, givenEngine, type EngineFixture } from '../support/engine.js';
import { completeAs, deployPolkuProcesses, expectInOrder, openTasks, pathOf } from './support/steps.js';

describe('Feature: consultation hour (consultation-hour)', () => {
  let fx: EngineFixture;
  let id: string;

  beforeEach(async () => {
    fx = await givenEngine();
    await deployPolkuProcesses(fx.engine);
    id = (await fx.engine.startInstance({ processKey: 'consultation-hour' })).id;
  });
  afterEach(async () => fx.close());

  it('Given an asker, When the case is booked and the experts give their outcome, Then the consultation ends with that outcome', async () => {
    const [ask] = await fx.engine.listTasks({ processInstanceId: id, state: 'open' });
    expect(ask).to.include({ activityId: 'consultationCase', formKey: 'consultation-case' });
    await completeAs(fx.engine, id, 'consultationCase', 'case-manager');
    const [outcome] = await fx.engine.listTasks({ processInstanceId: id, state: 'open' });
    expect(outcome.role).to.include.members(['social-worker', 'nurse', 'kela', 'rehabilitation-counsellor']);
    const done = await completeAs(fx.engine, id, 'consultationOutcome', 'kela', { consultationOutcome: 'resolved' });
    expect(done.state).to.equal('completed');
    expect(done.variables).to.include({ consultationOutcome: 'resolved' });
    expectInOrder(await pathOf(fx.engine, id), ['consultationCase', 'consultationOutcome', 'end']);
  });

  it('Given no booking, When the booking deadline passes, Then the experts are freed and the asker is asked to book the next hour', async () => {
    await fx.engine.fireDueTimers(daysFromNow(5));
    expect(await openTasks(fx.engine, id)).to.deep.equal(['consultationCase']);
    await fx.engine.fireDueTimers(daysFromNow(7));
    expect(await openTasks(fx.engine, id)).to.deep.equal(['consultationCase']);
    const path = await pathOf(fx.engine, id);
    expect(path).to.include('bookingDeadline');
    expect(path.filter((a) => a === 'consultationCase')).to.have.length(2);
    expect((await fx.engine.getInstance(id)).state).to.equal('running');
  });

  it('Given the anonymous process, When it runs to the end, Then no identity field is among its variables', async () => {
    await completeAs(fx.engine, id, 'consultationCase', 'case-manager');
    const done = await completeAs(fx.engine, id, 'consultationOutcome', 'social-worker', { consultationOutcome: 'team' });
    expect(Object.keys(done.variables)).to.not.include.members(['name', 'henkilotunnus', 'client', 'phone', 'email', 'address']);
  });
});
