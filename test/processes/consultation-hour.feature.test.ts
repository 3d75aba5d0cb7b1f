/** Feature: the anonymous consultation hour (DOMAIN §5), on the real engine and SQLite store. */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { completeAs, deployPolkuProcesses, expectInOrder, openTasks, pathOf } from './support/steps.js';

/** A primary-care doctor: one of the askers the pilot widened the hour to. */
const DOCTOR = { id: 'user-doctor-1', username: 'lauri.laakari', displayName: 'Lauri Lääkäri (fiktiivinen)', roles: ['doctor'] };

/** The date (YYYY-MM-DD) of the first Thursday at least `minDays` from today; negative: in the past. */
function thursday(minDays: number): string {
  const d = new Date(Date.now() + minDays * 864e5);
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('Feature: consultation hour (consultation-hour)', () => {
  let fx: EngineFixture;
  let id: string;

  beforeEach(async () => {
    fx = await givenEngine();
    await fx.store.saveUser({ ...DOCTOR, passwordHash: 'x', createdAt: new Date().toISOString() });
    await deployPolkuProcesses(fx.engine);
    id = (await fx.engine.startInstance({ processKey: 'consultation-hour' })).id;
  });
  afterEach(async () => fx.close());

  it('Given the askers the pilot widened the hour to, When the diagram is read, Then case managers, social workers and doctors may start it outside path 1', async () => {
    expect((await fx.engine.getStartInfo('consultation-hour')).starterRoles).to.deep.equal(['case-manager', 'social-worker', 'doctor']);
  });

  it('Given a case manager asking on their own, When the case is booked in time and the experts give their outcome, Then the outcome is a task for the asker', async () => {
    const [ask] = await fx.engine.listTasks({ processInstanceId: id, state: 'open' });
    expect(ask).to.include({ activityId: 'consultationCase', formKey: 'consultation-case' });
    await completeAs(fx.engine, id, 'consultationCase', 'case-manager', { sessionDate: thursday(3) });
    const [outcome] = await fx.engine.listTasks({ processInstanceId: id, state: 'open' });
    expect(outcome.role).to.include.members(['social-worker', 'nurse', 'kela', 'rehabilitation-counsellor']);
    await completeAs(fx.engine, id, 'consultationOutcome', 'kela', { consultationOutcome: 'resolved' });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['outcomeToAsker']);
    const done = await completeAs(fx.engine, id, 'outcomeToAsker', 'case-manager', { consultationOutcome: 'resolved' });
    expect(done.state).to.equal('completed');
    expect(done.variables).to.include({ consultationOutcome: 'resolved' });
    expectInOrder(await pathOf(fx.engine, id), [
      'consultationCase',
      'bookingGateway',
      'consultationOutcome',
      'returnGateway',
      'outcomeToAsker',
      'end',
    ]);
  });

  it('Given a primary-care doctor who started the hour, When the experts answer, Then the outcome returns to that doctor by name', async () => {
    id = (await fx.engine.startInstance({ processKey: 'consultation-hour', variables: { startedBy: DOCTOR.id } })).id;
    const ask = (await fx.engine.listTasks({ processInstanceId: id, state: 'open' }))[0]!;
    expect(ask.assignee).to.equal(DOCTOR.id);
    await fx.engine.completeTask(ask.id, {
      data: { reasons: ['treatment-or-health-care'], question: 'Onko kyse sairauden hoidosta?', askerRole: 'doctor' },
      actor: { id: DOCTOR.id, roles: DOCTOR.roles },
    });
    await completeAs(fx.engine, id, 'consultationOutcome', 'nurse', { consultationOutcome: 'health-route' });
    const back = (await fx.engine.listTasks({ processInstanceId: id, state: 'open' }))[0]!;
    expect(back).to.include({ activityId: 'outcomeToAsker', assignee: DOCTOR.id });
  });

  for (const [when, date, reason] of [
    [
      'after 12:00 on the previous day',
      () => thursday(-8),
      'Konsultaatiotunti on varattava edellisenä päivänä klo 12.00 mennessä (Suomen aikaa).',
    ],
    [
      'for a day that is not Thursday',
      () => {
        const d = thursday(3);
        return new Date(Date.parse(d) + 864e5).toISOString().slice(0, 10);
      },
      'Konsultaatiotunti pidetään torstaisin.',
    ],
    ['for 1984-02-22', () => '1984-02-22', 'Konsultaatiotunti pidetään torstaisin.'],
  ] as const) {
    it(`Given a booking ${when}, When it is sent, Then it is refused naming sessionDate in Finnish and the booking task stays open (no silent loop)`, async () => {
      let refused: { code?: string; details?: unknown } | null = null;
      try {
        await completeAs(fx.engine, id, 'consultationCase', 'case-manager', { sessionDate: date() });
      } catch (err) {
        refused = err as { code?: string; details?: unknown };
      }
      expect(refused?.code).to.equal('invalid_input');
      expect(refused?.details).to.deep.equal([{ path: '/sessionDate', message: reason }]);
      expect(await openTasks(fx.engine, id)).to.deep.equal(['consultationCase']);
      const path = await pathOf(fx.engine, id);
      expect(path.filter((a) => a === 'consultationCase')).to.have.length(1);
      expect(path).to.not.include('consultationOutcome');
    });
  }

  it('Given the anonymous process, When it runs to the end, Then no identity field is among its variables', async () => {
    await completeAs(fx.engine, id, 'consultationCase', 'case-manager');
    await completeAs(fx.engine, id, 'consultationOutcome', 'social-worker', { consultationOutcome: 'team' });
    const done = await completeAs(fx.engine, id, 'outcomeToAsker', 'case-manager', { consultationOutcome: 'team' });
    expect(Object.keys(done.variables)).to.not.include.members(['name', 'henkilotunnus', 'client', 'phone', 'email', 'address']);
  });
});
