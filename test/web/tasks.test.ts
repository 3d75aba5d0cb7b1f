import { expect } from 'chai';
import { linearProcess, XXE_BPMN } from './support/bpmn.js';
import { FORM } from './support/form.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

const PROCESS = linearProcess('health-check-test', [
  { id: 'checkHealth', name: 'Terveystarkastus', role: 'nurse', formKey: FORM.key },
  { id: 'assess', name: 'Lääkärin arvio', role: 'doctor', formKey: 'doctor-assessment' },
]);

describe('web: deploy, start and work on tasks', () => {
  let server: TestServer;
  let owner: Client;
  let manager: Client;
  let nurse: Client;
  let nurse2: Client;
  let doctor: Client;

  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    await server.addUser('manager', ['manager']);
    await server.addUser('nurse', ['nurse']);
    await server.addUser('nurse2', ['nurse']);
    await server.addUser('doctor', ['doctor']);
    [owner, manager, nurse, nurse2, doctor] = await Promise.all(
      ['owner', 'manager', 'nurse', 'nurse2', 'doctor'].map((u) => server.login(u)),
    );
    const res = await owner.call('POST', '/api/deployments', { body: { name: 'health-check-test.bpmn', xml: PROCESS } });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
  });
  after(() => server.close());

  /** Starts a path as the nurse and returns the id of its open nurse task. */
  async function startPath(): Promise<{ instanceId: string; taskId: string; version: number }> {
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'health-check-test' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    const tasks = await nurse.call('GET', `/api/tasks?processInstanceId=${started.body.id}`);
    expect(tasks.body.items).to.have.length(1);
    return { instanceId: started.body.id, taskId: tasks.body.items[0].id, version: tasks.body.items[0].version };
  }

  it('Given a nurse, When she deploys a process, Then she gets 403 and no new version exists', async () => {
    const res = await nurse.call('POST', '/api/deployments', {
      body: { name: 'x.bpmn', xml: linearProcess('nurse-made', [{ id: 't', name: 't', role: 'nurse' }]) },
    });
    expect(res.status).to.equal(403);
    expect(res.body.error.code).to.equal('forbidden');
    const defs = await owner.call('GET', '/api/process-definitions');
    expect(defs.body.items.map((d: { processKey: string }) => d.processKey)).to.deep.equal(['health-check-test']);
  });

  it('Given the same XML again, When it is deployed, Then the version stays 1; And the XML reads back as application/xml', async () => {
    const again = await owner.call('POST', '/api/deployments', { body: { name: 'health-check-test.bpmn', xml: PROCESS } });
    expect(again.status).to.equal(201);
    expect(again.body.deployments).to.have.length(1);
    expect(again.body.deployments[0]).to.include({ processKey: 'health-check-test', version: 1 });
    const xml = await nurse.call('GET', '/api/process-definitions/health-check-test/xml');
    expect(xml.status).to.equal(200);
    expect(xml.headers.get('content-type')).to.match(/^application\/xml/);
    expect(xml.body).to.equal(PROCESS);
  });

  it('Given a BPMN with a DOCTYPE and an external entity, When it is deployed, Then the answer is 400 invalid_bpmn', async () => {
    const res = await owner.call('POST', '/api/deployments', { body: { name: 'xxe.bpmn', xml: XXE_BPMN } });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('invalid_bpmn');
    expect(JSON.stringify(res.body)).to.not.include('root:');
  });

  it('Given a started path, When the nurse lists, claims, reads and completes her task, Then the doctor gets the next task and the data is in the variables', async () => {
    const { instanceId, taskId } = await startPath();
    const claimed = await nurse.call('POST', `/api/tasks/${taskId}/claim`);
    expect(claimed.status).to.equal(200);
    expect(claimed.body.assignee).to.be.a('string');
    expect((await nurse2.call('POST', `/api/tasks/${taskId}/claim`)).status).to.equal(409);
    const mine = await nurse.call('GET', `/api/tasks?assignee=me&processInstanceId=${instanceId}`);
    expect(mine.body.items.map((t: { id: string }) => t.id)).to.deep.equal([taskId]);
    const others = await nurse2.call('GET', `/api/tasks?processInstanceId=${instanceId}`);
    expect(others.body.items).to.have.length(0);

    const read = await nurse.call('GET', `/api/tasks/${taskId}`);
    expect(read.status).to.equal(200);
    expect(read.body.form.schema).to.be.an('object');
    const done = await nurse.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: FORM.valid, version: read.body.version } });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    expect(done.body.task.state).to.equal('completed');
    expect(done.body.processInstance.variables).to.include(FORM.valid);

    const doctorTasks = await doctor.call('GET', `/api/tasks?processInstanceId=${instanceId}`);
    expect(doctorTasks.body.items.map((t: { activityId: string }) => t.activityId)).to.deep.equal(['assess']);
    const instance = await doctor.call('GET', `/api/process-instances/${instanceId}`);
    expect(instance.body.active.map((a: { activityId: string }) => a.activityId)).to.deep.equal(['assess']);
    expect(instance.body.history.map((h: { activityId: string }) => h.activityId)).to.include('checkHealth');
    const audit = await server.store.listAudit(instance.body.clientRef);
    expect(audit.map((a) => a.action)).to.include.members(['start', 'read', 'complete']);
  });

  it('Given a manager, When she reads a path, Then she sees its pseudonym without variables or business key; And, no client data shown, the log does not grow', async () => {
    const { instanceId } = await startPath();
    const before = (await server.store.listAudit((await server.store.getInstance(instanceId))!.clientRef!)).length;
    const res = await manager.call('GET', `/api/process-instances/${instanceId}`);
    expect(res.status).to.equal(200);
    expect(res.body.variables).to.deep.equal({});
    expect(res.body.businessKey).to.equal(null);
    expect(await server.store.listAudit(res.body.clientRef)).to.have.length(before);
  });

  it('Given a nurse task, When the doctor reads, claims or completes it, Then each answers 404', async () => {
    const { taskId } = await startPath();
    expect((await doctor.call('GET', `/api/tasks/${taskId}`)).status).to.equal(404);
    expect((await doctor.call('POST', `/api/tasks/${taskId}/claim`)).status).to.equal(404);
    const res = await doctor.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: FORM.valid } });
    expect(res.status).to.equal(404);
    expect(res.body.error.code).to.equal('not_found');
  });

  it('Given one open task, When two nurses complete it at the same time, Then exactly one gets 200 and the other 409', async () => {
    const { taskId, instanceId } = await startPath();
    const answers = await Promise.all(
      [nurse, nurse2].map((c) => c.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: FORM.valid } })),
    );
    expect(answers.map((a) => a.status).sort()).to.deep.equal([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.error.code).to.equal('conflict');
    const doctorTasks = await doctor.call('GET', `/api/tasks?processInstanceId=${instanceId}`);
    expect(doctorTasks.body.items).to.have.length(1);
  });

  it('Given a completed task, When it is completed again, Then the answer is 409', async () => {
    const { taskId } = await startPath();
    expect((await nurse.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: FORM.valid } })).status).to.equal(200);
    expect((await nurse.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: FORM.valid } })).status).to.equal(409);
  });

  it('Given a stale version, When the task is completed, Then the answer is 409 and the task stays open', async () => {
    const { taskId, version } = await startPath();
    const res = await nurse.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: FORM.valid, version: version + 5 } });
    expect(res.status).to.equal(409);
    expect((await server.store.getTask(taskId))!.state).to.equal('open');
  });

  it('Given data failing the form, When the task is completed, Then the answer is 400 with a Finnish message per field and nothing changes', async () => {
    const { taskId, instanceId } = await startPath();
    const before = await server.store.getInstance(instanceId);
    const res = await nurse.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: FORM.invalid } });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('invalid_input');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).to.include.members(FORM.invalidPaths);
    for (const d of res.body.error.details) expect(d.message).to.match(FORM.finnish);
    const after = await server.store.getInstance(instanceId);
    expect(after!.revision).to.equal(before!.revision);
    expect(after!.variables).to.deep.equal(before!.variables);
    expect((await server.store.getTask(taskId))!.state).to.equal('open');
  });

  it('Given many open tasks, When the nurse pages with limit=2, Then the pages do not overlap and end with nextCursor null', async () => {
    for (let i = 0; i < 3; i++) await startPath();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = `/api/tasks?assignee=unassigned&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await nurse.call('GET', q);
      expect(res.status).to.equal(200);
      expect(res.body.items.length).to.be.at.most(2);
      seen.push(...res.body.items.map((t: { id: string }) => t.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(new Set(seen).size).to.equal(seen.length);
    expect(pages).to.be.above(1);
    const all = await server.store.listTasks({ state: 'open', roles: ['nurse'], assignee: null, limit: 1000 });
    expect(seen.length).to.equal(all.length);
  });

  it('Given a running path, When the doctor (not on it) and then the nurse cancel it, Then the doctor gets 404 and the nurse 200 with state cancelled and no open task left', async () => {
    const { instanceId } = await startPath();
    expect((await doctor.call('POST', `/api/process-instances/${instanceId}/cancel`)).status).to.equal(404);
    const res = await nurse.call('POST', `/api/process-instances/${instanceId}/cancel`);
    expect(res.status).to.equal(200);
    expect(res.body.state).to.equal('cancelled');
    const open = await nurse.call('GET', `/api/tasks?processInstanceId=${instanceId}`);
    expect(open.body.items).to.have.length(0);
    const cancelRows = (await server.store.listAudit(res.body.clientRef)).filter((a) => a.action === 'cancel');
    expect(cancelRows).to.have.length(1);
    expect(cancelRows[0]).to.include({ role: 'nurse', why: 'started the path' });
  });
});
