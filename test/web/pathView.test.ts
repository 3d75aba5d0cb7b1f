import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { FORM } from './support/form.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';
import { expectDocumentedShape } from './support/shapes.js';

const PROCESS = linearProcess('path-view-test', [
  { id: 'checkHealth', name: 'Terveystarkastus', role: 'nurse', formKey: FORM.key },
  { id: 'plan', name: 'Suunnitelma', role: 'nurse', formKey: 'checklist' },
  { id: 'assess', name: 'Lääkärin arvio', role: 'doctor', formKey: 'doctor-assessment' },
]);

describe('web: the client path view — names and completed forms', () => {
  let server: TestServer;
  let nurse: Client;
  let doctor: Client;
  let manager: Client;
  let socialWorker: Client;
  const ids: Record<string, string> = {};
  let instanceId: string;

  before(async () => {
    server = await startTestServer();
    for (const [name, roles] of Object.entries({
      owner: ['process-owner'],
      nurse: ['nurse'],
      doctor: ['doctor'],
      manager: ['manager'],
      sw: ['social-worker'],
    })) {
      await server.addUser(name, roles);
      ids[name] = (await server.store.findUserByUsername(name))!.id;
    }
    const owner = await server.login('owner');
    [nurse, doctor, manager, socialWorker] = await Promise.all(['nurse', 'doctor', 'manager', 'sw'].map((u) => server.login(u)));
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'path-view.bpmn', xml: PROCESS } })).status).to.equal(201);
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'path-view-test' } });
    instanceId = started.body.id;
    for (const data of [FORM.valid, {}]) {
      const [task] = (await nurse.call('GET', `/api/tasks?processInstanceId=${instanceId}`)).body.items;
      const done = await nurse.call('POST', `/api/tasks/${task.id}/complete`, { body: { data } });
      expect(done.status, JSON.stringify(done.body)).to.equal(200);
      server.advance(60_000);
    }
  });
  after(() => server.close());

  it('Given two steps done by the nurse and the doctor’s task open, When the path is read before and after the doctor claims, Then history names who did each step and the active task names its holder', async () => {
    const before = await doctor.call('GET', `/api/process-instances/${instanceId}`);
    expect(before.status).to.equal(200);
    const done = before.body.history.filter((h: { activityId: string }) => ['checkHealth', 'plan'].includes(h.activityId));
    expect(done.map((h: { by: string; byName: string }) => [h.by, h.byName])).to.deep.equal([
      [ids.nurse, 'nurse (fictional)'],
      [ids.nurse, 'nurse (fictional)'],
    ]);
    expect(before.body.history.find((h: { activityId: string }) => h.activityId === 'start').byName).to.equal(null);
    expect(before.body.active).to.have.length(1);
    expect(before.body.active[0]).to.include({ activityId: 'assess', assignee: null, assigneeName: null });

    const [task] = (await doctor.call('GET', `/api/tasks?processInstanceId=${instanceId}`)).body.items;
    expect((await doctor.call('POST', `/api/tasks/${task.id}/claim`)).status).to.equal(200);
    const after = await nurse.call('GET', `/api/process-instances/${instanceId}`);
    await expectDocumentedShape(server.url, 'Instance', after.body);
    expect(after.body.active[0]).to.include({ activityId: 'assess', assignee: ids.doctor, assigneeName: 'doctor (fictional)' });
  });

  it('Given the completed forms, When the nurse (who completed them) reads them, Then they come oldest first with who completed them, by name, and the data; And the read is in the access log', async () => {
    const res = await nurse.call('GET', `/api/process-instances/${instanceId}/forms`);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.nextCursor).to.equal(null);
    await expectDocumentedShape(server.url, 'PathForms', res.body);
    expect(res.body.items.map((f: { activityId: string }) => f.activityId)).to.deep.equal(['checkHealth', 'plan']);
    const [first] = res.body.items;
    expect(Object.keys(first).sort()).to.deep.equal(
      ['activityId', 'completedAt', 'completedBy', 'completedByName', 'data', 'formKey', 'name', 'taskId'].sort(),
    );
    expect(first).to.include({ name: 'Terveystarkastus', formKey: FORM.key, completedBy: ids.nurse, completedByName: 'nurse (fictional)' });
    expect(first.data).to.deep.equal(FORM.valid);
    expect(Date.parse(first.completedAt)).to.be.below(Date.parse(res.body.items[1].completedAt));
    const path = await server.store.getInstance(instanceId);
    const log = await server.store.listAudit(path!.clientRef!);
    expect(log.some((a) => a.actor === ids.nurse && a.action === 'read' && a.detail.startsWith('completed forms'))).to.equal(true);
  });

  it('Given the doctor holds only the role of the open task, When the doctor reads the completed forms, Then only what the assessment needs is shown (the health check is not)', async () => {
    const res = await doctor.call('GET', `/api/process-instances/${instanceId}/forms`);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.items.map((f: { activityId: string }) => f.activityId)).to.not.include('checkHealth');
  });

  it('Given the path, When a manager (oversight without data) or a social worker (not on the path) asks for its forms, Then both get 404; an unknown path is 404 too', async () => {
    expect((await manager.call('GET', `/api/process-instances/${instanceId}/forms`)).status).to.equal(404);
    expect((await socialWorker.call('GET', `/api/process-instances/${instanceId}/forms`)).status).to.equal(404);
    expect((await nurse.call('GET', '/api/process-instances/no-such-path/forms')).status).to.equal(404);
  });
});
