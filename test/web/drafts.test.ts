import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { FORM } from './support/form.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';
import { expectDocumentedShape } from './support/shapes.js';

const PROCESS = linearProcess('draft-test', [
  { id: 'checkHealth', name: 'Terveystarkastus', role: 'nurse', formKey: FORM.key },
  { id: 'assess', name: 'Lääkärin arvio', role: 'doctor', formKey: 'doctor-assessment' },
]);

describe('web: drafts of task forms', () => {
  let server: TestServer;
  let nurse: Client;
  let nurse2: Client;
  let doctor: Client;

  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    await server.addUser('nurse', ['nurse']);
    await server.addUser('nurse2', ['nurse']);
    await server.addUser('doctor', ['doctor']);
    const owner = await server.login('owner');
    [nurse, nurse2, doctor] = await Promise.all(['nurse', 'nurse2', 'doctor'].map((u) => server.login(u)));
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'draft-test.bpmn', xml: PROCESS } })).status).to.equal(201);
  });
  after(() => server.close());

  async function openTask(): Promise<{ instanceId: string; taskId: string }> {
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'draft-test' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    const tasks = await nurse.call('GET', `/api/tasks?processInstanceId=${started.body.id}`);
    return { instanceId: started.body.id, taskId: tasks.body.items[0].id };
  }

  it('Given no draft, When the nurse reads it, Then data and savedAt are null; When she saves half a form, Then she reads it back with the save time', async () => {
    const { taskId } = await openTask();
    expect((await nurse.call('GET', `/api/tasks/${taskId}/draft`)).body).to.deep.equal({ data: null, savedAt: null });
    // Half-filled and not valid for the form yet: a draft is not checked against it.
    const saved = await nurse.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: { nurseDecision: 'maybe' } } });
    expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
    expect(Object.keys(saved.body)).to.deep.equal(['savedAt']);
    expect(Date.parse(saved.body.savedAt)).to.be.a('number').and.not.NaN;
    const read = await nurse.call('GET', `/api/tasks/${taskId}/draft`);
    expect(read.body).to.deep.equal({ data: { nurseDecision: 'maybe' }, savedAt: saved.body.savedAt });
    await expectDocumentedShape(server.url, 'DraftSaved', saved.body);
    await expectDocumentedShape(server.url, 'Draft', read.body);
  });

  it('Given the nurse’s draft, When a colleague with the same role reads the draft, Then she sees none; her own save does not touch the nurse’s', async () => {
    const { taskId } = await openTask();
    await nurse.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: { findings: 'Fiktiivinen luonnos' } } });
    expect((await nurse2.call('GET', `/api/tasks/${taskId}/draft`)).body).to.deep.equal({ data: null, savedAt: null });
    expect((await nurse2.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: { findings: 'Toinen' } } })).status).to.equal(200);
    expect((await nurse.call('GET', `/api/tasks/${taskId}/draft`)).body.data).to.deep.equal({ findings: 'Fiktiivinen luonnos' });
  });

  it('Given a nurse task, When the doctor reads or writes its draft, Then both answer 404 as the task itself does', async () => {
    const { taskId } = await openTask();
    expect((await doctor.call('GET', `/api/tasks/${taskId}`)).status).to.equal(404);
    expect((await doctor.call('GET', `/api/tasks/${taskId}/draft`)).status).to.equal(404);
    expect((await doctor.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: {} } })).status).to.equal(404);
    expect((await nurse.call('GET', '/api/tasks/no-such-task/draft')).status).to.equal(404);
  });

  it('Given a draft body with a prototype key, a missing data or an unknown field, When saved, Then 400 and nothing is saved', async () => {
    const { taskId } = await openTask();
    const proto = await nurse.call('PUT', `/api/tasks/${taskId}/draft`, { raw: '{"data":{"a":{"__proto__":{"admin":true}}}}' });
    expect(proto.status).to.equal(400);
    expect(proto.body.error.details.map((d: { path: string }) => d.path)).to.deep.equal(['/data/a/__proto__']);
    expect((await nurse.call('PUT', `/api/tasks/${taskId}/draft`, { body: {} })).status).to.equal(400);
    expect((await nurse.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: {}, extra: 1 } })).status).to.equal(400);
    expect((await nurse.call('GET', `/api/tasks/${taskId}/draft`)).body.data).to.equal(null);
  });

  it('Given drafts of two nurses, When the task is completed, Then both drafts are gone and the draft answers 404 like any closed task', async () => {
    const { taskId } = await openTask();
    await nurse.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: { findings: 'a' } } });
    await nurse2.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: { findings: 'b' } } });
    expect((await nurse.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: FORM.valid } })).status).to.equal(200);
    expect((await nurse.call('GET', `/api/tasks/${taskId}/draft`)).status).to.equal(404);
    expect((await nurse.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: { findings: 'c' } } })).status).to.equal(404);
    const users = await Promise.all(['nurse', 'nurse2'].map((u) => server.store.findUserByUsername(u)));
    for (const u of users) expect(await server.store.getDraft(taskId, u!.id)).to.equal(null);
  });

  it('Given a draft, When the path is cancelled, Then the draft is gone', async () => {
    const { instanceId, taskId } = await openTask();
    await nurse.call('PUT', `/api/tasks/${taskId}/draft`, { body: { data: { findings: 'a' } } });
    const me = await server.store.findUserByUsername('nurse');
    expect(await server.store.getDraft(taskId, me!.id)).to.not.equal(null);
    expect((await nurse.call('POST', `/api/process-instances/${instanceId}/cancel`)).status).to.equal(200);
    expect(await server.store.getDraft(taskId, me!.id)).to.equal(null);
  });
});
