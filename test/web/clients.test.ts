import { expect } from 'chai';
import { ttsTeamData } from '../forms/fixtures/tts.js';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type TestServer } from './support/harness.js';

describe('web: a client across processes', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    await server.addUser('nurse', ['nurse']);
    await server.addUser('kela', ['kela']);
    await server.addUser('auditor', ['auditor']);
    const owner = await server.login('owner');
    const res = await owner.call('POST', '/api/deployments', {
      body: { name: 't.bpmn', xml: linearProcess('timeline-test', [{ id: 'check', name: 'Tarkastus', role: 'nurse' }]) },
    });
    expect(res.status).to.equal(201);
    const plan = linearProcess('plan-test', [
      { id: 'plan', name: 'TTS tiimin osa', role: 'nurse', formKey: 'tts-team' },
      { id: 'followUp', name: 'Seuranta', role: 'nurse' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'p.bpmn', xml: plan } })).status).to.equal(201);
  });
  after(() => server.close());

  it('Given a path of a client, When the nurse, Kela and the auditor ask for the timeline and access log, Then only the allowed ones see them', async () => {
    const nurse = await server.login('nurse');
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'timeline-test' } });
    const clientRef = started.body.clientRef as string;
    const timeline = await nurse.call('GET', `/api/clients/${clientRef}/timeline`);
    expect(timeline.status).to.equal(200);
    expect(timeline.body.paths.map((p: { id: string }) => p.id)).to.deep.equal([started.body.id]);
    expect(timeline.body.tasks.map((t: { activityId: string }) => t.activityId)).to.deep.equal(['check']);
    const kela = await server.login('kela');
    expect((await kela.call('GET', `/api/clients/${clientRef}/timeline`)).status).to.equal(404);
    expect((await nurse.call('GET', `/api/clients/${clientRef}/access-log`)).status).to.equal(404);
    const auditor = await server.login('auditor');
    const log = await auditor.call('GET', `/api/clients/${clientRef}/access-log`);
    expect(log.status).to.equal(200);
    expect(log.body.items.map((a: { action: string }) => a.action)).to.include.members(['start', 'read']);
    // Word-bounded with the check character, so a UUID fragment of an instance id does not look like one.
    expect(JSON.stringify(log.body)).to.not.match(/\b\d{6}[-+A]\d{3}[0-9A-Y]\b/);
  });

  it('Given a path naming the Kela expert responsible in the TTS team part (section 12), When she asks for the timeline and access log, Then she gets both', async () => {
    const nurse = await server.login('nurse');
    const responsiblePerson = { title: 'Ratkaisuasiantuntija', name: 'kela (fictional)', username: 'kela' };
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'plan-test' } });
    const clientRef = started.body.clientRef as string;
    const [task] = (await nurse.call('GET', `/api/tasks?processInstanceId=${started.body.id}`)).body.items;
    const done = await nurse.call('POST', `/api/tasks/${task.id}/complete`, { body: { data: { ...ttsTeamData(), responsiblePerson } } });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    const kela = await server.login('kela');
    const timeline = await kela.call('GET', `/api/clients/${clientRef}/timeline`);
    expect(timeline.status).to.equal(200);
    expect(timeline.body.paths[0].responsiblePerson).to.equal('kela (fictional)');
    expect((await kela.call('GET', `/api/clients/${clientRef}/access-log`)).status).to.equal(200);
  });
});
