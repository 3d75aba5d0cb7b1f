/**
 * The consultation hour's date gets the slot treatment (issue 19, item 8): a date that is not a
 * coming consultation hour is refused with 400 naming `sessionDate` in Finnish, and
 * GET /api/consultation-hours offers the coming hours with their booking deadlines.
 */
import { expect } from 'chai';
import { deployPolkuProcesses } from '../processes/support/steps.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: the consultation hour date is checked and the coming hours are offered (issue 19, item 8)', () => {
  let server: TestServer;
  let cm: Client;

  before(async () => {
    server = await startTestServer();
    await server.addUser('cm', ['case-manager']);
    await deployPolkuProcesses(server.engine);
    cm = await server.login('cm');
  });
  after(() => server.close());

  async function bookingTask(): Promise<string> {
    const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'consultation-hour' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    return (await cm.call('GET', `/api/tasks?processInstanceId=${started.body.id}`)).body.items[0].id;
  }
  const caseData = (sessionDate: string) => ({
    reasons: ['service-guidance'],
    question: 'Mihin ohjataan?',
    askerRole: 'case-manager',
    sessionDate,
  });

  it('Given a case for the hour, When the asker books 1984-02-22, Then 400 naming sessionDate in Finnish and the task is still open', async () => {
    const taskId = await bookingTask();
    const res = await cm.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: caseData('1984-02-22') } });
    expect(res.status, JSON.stringify(res.body)).to.equal(400);
    expect(res.body.error.details).to.deep.equal([{ path: '/sessionDate', message: 'Konsultaatiotunti pidetään torstaisin.' }]);
    expect((await cm.call('GET', `/api/tasks/${taskId}`)).body.state).to.equal('open');
  });

  it('Given the coming hours from the API, When the asker books the first one offered, Then 200 and the case goes to the experts', async () => {
    const hours = await cm.call('GET', '/api/consultation-hours?weeks=4');
    expect(hours.status).to.equal(200);
    expect(hours.body.items).to.have.length(4);
    for (const h of hours.body.items as { date: string; bookBy: string }[]) {
      expect(new Date(`${h.date}T12:00:00Z`).getUTCDay(), h.date).to.equal(4);
      expect(Date.parse(h.bookBy)).to.be.above(Date.now());
      expect(h.bookBy.slice(0, 10) < h.date).to.equal(true);
    }
    const taskId = await bookingTask();
    const res = await cm.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: caseData(hours.body.items[0].date) } });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.processInstance.active.map((a: { activityId: string }) => a.activityId)).to.deep.equal(['consultationOutcome']);
  });

  it('Given a bad number of weeks, When the hours are asked for, Then 400 naming weeks', async () => {
    const res = await cm.call('GET', '/api/consultation-hours?weeks=99');
    expect(res.status).to.equal(400);
    expect(JSON.stringify(res.body.error.details)).to.include('weeks');
  });
});
