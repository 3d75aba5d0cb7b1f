/**
 * Feature: the forms beside a task (GET /api/tasks/{id}/earlier-forms). The case manager booking
 * the team meeting sees the referral's forms (the calling path) next to the booking; a team member
 * who does not take part in the referral sees the team path's own forms only, and nobody without
 * the task sees anything.
 */
import { expect } from 'chai';
import { deployPolkuProcesses, validFormData } from '../processes/support/steps.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('Feature: the earlier forms beside a task, the calling path included', function () {
  this.timeout(60_000);
  let server: TestServer;
  let cm: Client;
  let referralId: string;
  let bookingTaskId: string;

  async function openTask(client: Client, instanceId: string, activityId: string) {
    const tasks = (await client.call('GET', `/api/tasks?processInstanceId=${instanceId}`)).body.items as {
      id: string;
      activityId: string;
    }[];
    const task = tasks.find((t) => t.activityId === activityId);
    if (!task) throw new Error(`no open ${activityId}: ${tasks.map((t) => t.activityId).join(', ')}`);
    return task.id;
  }
  async function complete(client: Client, instanceId: string, activityId: string, overrides: Record<string, unknown> = {}) {
    const id = await openTask(client, instanceId, activityId);
    const task = (await client.call('GET', `/api/tasks/${id}`)).body as { formKey: string };
    const answer = await client.call('POST', `/api/tasks/${id}/complete`, { body: { data: validFormData(task.formKey, overrides) } });
    expect(answer.status, JSON.stringify(answer.body)).to.equal(200);
  }

  before(async () => {
    server = await startTestServer();
    await deployPolkuProcesses(server.engine);
    await server.addUser('cm', ['case-manager']);
    await server.addUser('other-cm', ['case-manager']);
    cm = await server.login('cm');
    // Given a referral the case manager took straight to the team: checklist, direct route, consent, TTS 1–8
    const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'referral-trial' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    referralId = started.body.id;
    await complete(cm, referralId, 'checklist');
    await complete(cm, referralId, 'routeChoice', { route: 'direct', typClient: false });
    await complete(cm, referralId, 'consent', { consentGiven: true });
    await complete(cm, referralId, 'ttsReferrer');
    const child = (await server.engine.listInstances({ processKey: 'team-process' })).find((i) => i.parentInstanceId === referralId)!;
    bookingTaskId = await openTask(cm, child.id, 'teamBooking');
  });
  after(async () => {
    await server?.close();
  });

  it('Scenario: the case manager opens the team booking, Then the referral’s forms are beside it as the calling path’s', async () => {
    const answer = await cm.call('GET', `/api/tasks/${bookingTaskId}/earlier-forms`);
    expect(answer.status).to.equal(200);
    const [own, calling] = answer.body.paths;
    expect(own).to.include({ calling: false, processKey: 'team-process' });
    expect(calling).to.include({ calling: true, processKey: 'referral-trial', processInstanceId: referralId });
    expect(calling.items.map((f: { formKey: string }) => f.formKey)).to.include.members([
      'checklist',
      'route-choice',
      'consent-y100',
      'tts-referrer',
    ]);
  });

  it('Scenario: another case manager who never worked on the referral, Then sees nothing before claiming the booking and, after the claim, the booking’s own path only', async () => {
    const other = await server.login('other-cm');
    // Holding the role of the open task is not taking part (issue 19 item 4): the path opens with the claim.
    expect((await other.call('GET', `/api/tasks/${bookingTaskId}/earlier-forms`)).status).to.equal(404);
    expect((await other.call('POST', `/api/tasks/${bookingTaskId}/claim`)).status).to.equal(200);
    const answer = await other.call('GET', `/api/tasks/${bookingTaskId}/earlier-forms`);
    expect(answer.status).to.equal(200);
    expect(answer.body.paths.map((p: { calling: boolean }) => p.calling)).to.deep.equal([false]);
  });

  it('Scenario: a nurse, who has no such task, Then gets 404 and nothing of the path', async () => {
    await server.addUser('a-nurse', ['nurse']);
    const nurse = await server.login('a-nurse');
    const answer = await nurse.call('GET', `/api/tasks/${bookingTaskId}/earlier-forms`);
    expect(answer.status).to.equal(404);
    expect(JSON.stringify(answer.body)).to.not.contain('referral-trial');
  });
});
