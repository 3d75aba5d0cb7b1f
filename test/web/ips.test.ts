/** Feature: supported employment over HTTP — the caseload refusal names the coach field, the waiting list, and the employer contacts log with its weekly report. */
import { expect } from 'chai';
import { deployPolkuProcesses } from '../processes/support/steps.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: supported employment (IPS) caseloads, waiting list and employer contacts', () => {
  let server: TestServer;
  let coach: Client;
  let manager: Client;
  let nurse: Client;

  before(async () => {
    server = await startTestServer();
    await server.addUser('tuomas.valmentaja', ['job-coach']);
    await server.addUser('manager', ['manager']);
    await server.addUser('nurse', ['nurse']);
    await deployPolkuProcesses(server.engine);
    [coach, manager, nurse] = await Promise.all(['tuomas.valmentaja', 'manager', 'nurse'].map((u) => server.login(u)));
  });
  after(() => server.close());

  it('Given an intake naming a nurse as the coach, When the job coach completes it, Then the answer is 400 naming the coach field in Finnish (the user picker check runs before the caseload check)', async () => {
    const path = await server.engine.startInstance({ processKey: 'supported-employment' });
    const [task] = await server.engine.listTasks({ processInstanceId: path.id, state: 'open' });
    const data = { referralSource: 'self', municipality: 'Rovaniemi', coach: 'nurse', waitingList: false };
    const res = await coach.call('POST', `/api/tasks/${task!.id}/complete`, { body: { data } });
    expect(res.status).to.equal(400);
    expect(res.body.error.details).to.deep.equal([
      { path: '/coach', message: 'Valitse käyttäjä listasta: tunnusta ei ole käytössä tai sillä ei ole sopivaa roolia.' },
    ]);
    const ok = await coach.call('POST', `/api/tasks/${task!.id}/complete`, { body: { data: { ...data, coach: 'tuomas.valmentaja' } } });
    expect(ok.status).to.equal(200);
  });

  it('Given a coach with one client, When a job coach or a manager reads the waiting list, Then the caseload shows 1 of 20 and no one waits; a nurse is refused', async () => {
    for (const who of [coach, manager]) {
      const res = await who.call('GET', '/api/ips/waiting-list');
      expect(res.status).to.equal(200);
      expect(res.body).to.deep.include({ limit: 20, waiting: [] });
      expect(res.body.coaches).to.deep.equal([
        { username: 'tuomas.valmentaja', displayName: 'tuomas.valmentaja (fictional)', clients: 1, free: 19 },
      ]);
    }
    expect((await nurse.call('GET', '/api/ips/waiting-list')).status).to.equal(403);
    expect((await manager.call('POST', '/api/ips/waiting-list/fill')).body).to.deep.equal({ placed: [] });
  });

  it('Given a coach logging employer contacts on three days, When the manager reads the weekly report, Then each ISO week has the sum and whether it met six', async () => {
    const today = new Date();
    const monday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - ((today.getUTCDay() || 7) - 1)));
    const day = (offset: number) => new Date(monday.getTime() + offset * 864e5).toISOString().slice(0, 10);
    for (const [contactedOn, employers] of [
      [day(-7), 4],
      [day(-6), 3],
      [day(0), 2],
    ] as const) {
      const res = await coach.call('POST', '/api/ips/employer-contacts', { body: { contactedOn, employers } });
      expect(res.status).to.equal(201);
    }
    const res = await manager.call('GET', `/api/reports/ips/employer-contacts?from=${day(-7)}&to=${day(0)}`);
    expect(res.status).to.equal(200);
    expect(res.body.criterion).to.equal(6);
    expect(res.body.rows.map((r: { employers: number; meetsCriterion: boolean }) => [r.employers, r.meetsCriterion])).to.deep.equal([
      [7, true],
      [2, false],
    ]);
    expect(res.body.weeks).to.have.length(2);
    expect(res.body.weeks[0]).to.match(/^\d{4}-W\d{2}$/);
  });

  it('Given wrong employer contact input, When posted, Then a future day or a zero count is 400, and a manager may not log contacts', async () => {
    const future = new Date(Date.now() + 3 * 864e5).toISOString().slice(0, 10);
    expect(
      (await coach.call('POST', '/api/ips/employer-contacts', { body: { contactedOn: future, employers: 6 } })).body.error.details,
    ).to.deep.equal([{ path: '/contactedOn', message: 'Päivä ei voi olla tulevaisuudessa.' }]);
    expect((await coach.call('POST', '/api/ips/employer-contacts', { body: { contactedOn: '2026-11-02', employers: 0 } })).status).to.equal(
      400,
    );
    expect(
      (await manager.call('POST', '/api/ips/employer-contacts', { body: { contactedOn: '2026-11-02', employers: 6 } })).status,
    ).to.equal(403);
    expect((await nurse.call('GET', '/api/reports/ips/employer-contacts')).status).to.equal(403);
  });
});
