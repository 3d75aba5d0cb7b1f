import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

const DAY = 86_400_000;

describe('web: reports for managers', () => {
  let server: TestServer;
  let manager: Client;
  let nurse: Client;
  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['owner', 'process-owner'],
      ['manager', 'manager'],
      ['nurse', 'nurse'],
      ['doctor', 'doctor'],
    ] as const)
      await server.addUser(u, [r]);
    const owner = await server.login('owner');
    const xml = linearProcess('report-test', [
      { id: 'check', name: 'Terveystarkastus', role: 'nurse', expectedDuration: 'P14D' },
      { id: 'assess', name: 'Arvio', role: 'doctor', expectedDuration: 'P7D' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'r.bpmn', xml } })).status).to.equal(201);
    [manager, nurse] = await Promise.all([server.login('manager'), server.login('nurse')]);
  });
  after(() => server.close());

  it('Given two paths, one waiting 20 days and one 2 days at a 14-day step, When the manager asks for stalled paths, Then only the overdue one is listed, with pseudonym and role only', async () => {
    const old = await nurse.call('POST', '/api/process-instances', {
      body: { processKey: 'report-test', variables: { note: 'Fiktiivinen' } },
    });
    server.advance(18 * DAY);
    nurse = await server.login('nurse'); // sessions last a working day
    await nurse.call('POST', '/api/process-instances', { body: { processKey: 'report-test' } });
    server.advance(2 * DAY);
    [manager, nurse] = await Promise.all([server.login('manager'), server.login('nurse')]);
    const res = await manager.call('GET', '/api/reports/stalled?processKey=report-test');
    expect(res.status).to.equal(200);
    expect(res.body.items).to.have.length(1);
    const item = res.body.items[0];
    expect(item).to.include({
      processInstanceId: old.body.id,
      clientRef: old.body.clientRef,
      activityId: 'check',
      activityName: 'Terveystarkastus',
    });
    expect(item.role).to.deep.equal(['nurse']);
    expect(item.reason).to.equal('late');
    expect((await manager.call('GET', '/api/reports/stalled?processKey=report-test&reason=late')).body.items).to.have.length(1);
    expect((await manager.call('GET', '/api/reports/stalled?processKey=report-test&reason=meeting-rhythm')).body.items).to.deep.equal([]);
    expect((await manager.call('GET', '/api/reports/stalled?reason=sometime')).status).to.equal(400);
    expect(item.overdueSeconds).to.be.within(6 * 86_400 - 60, 6 * 86_400 + 60);
    expect(JSON.stringify(item)).to.not.include('Fiktiivinen');
  });

  it('Given the paths, When the manager asks for the heatmap and referrals, Then active counts per step and started paths per month are given', async () => {
    const heat = await manager.call('GET', '/api/reports/heatmap?processKey=report-test');
    expect(heat.status).to.equal(200);
    expect(heat.body.activities.check.active).to.equal(2);
    const ref = await manager.call('GET', '/api/reports/referrals');
    expect(ref.status).to.equal(200);
    expect(ref.body.items.reduce((n: number, i: { count: number }) => n + i.count, 0)).to.equal(2);
    expect(ref.body.team).to.deep.equal([]); // no path has met a team
  });

  it('Given a nurse, When she asks for a report, Then the answer is 403', async () => {
    expect((await nurse.call('GET', '/api/reports/stalled')).status).to.equal(403);
  });
});
