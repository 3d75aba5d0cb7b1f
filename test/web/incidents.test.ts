import { expect } from 'chai';
import { createHash, randomUUID } from 'node:crypto';
import { fixture } from '../support/engine.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: incidents and retry', () => {
  let server: TestServer;
  let caseManager: Client;
  let owner: Client;
  let operations: Client;
  let nurse: Client;
  before(async () => {
    server = await startTestServer();
    // Given a file deployed before the lint rules were this strict: a gateway with no default.
    const xml = fixture('dead-end');
    const xmlHash = createHash('sha256').update(xml).digest('hex');
    for (const processKey of ['deadEndTask', 'deadEndTimer']) {
      await server.store.insertDeployment({
        id: randomUUID(),
        processKey,
        version: 1,
        name: 'dead-end.bpmn',
        xmlHash,
        xml,
        deployedAt: new Date().toISOString(),
        deployedBy: null,
      });
    }
    for (const [name, role] of [
      ['cm', 'case-manager'],
      ['owner', 'process-owner'],
      ['ops', 'operations'],
      ['nurse', 'nurse'],
    ])
      await server.addUser(name, [role]);
    caseManager = await server.login('cm');
    owner = await server.login('owner');
    operations = await server.login('ops');
    nurse = await server.login('nurse');
  });
  after(() => server.close());

  async function failedPath(): Promise<{ id: string; taskId: string }> {
    const started = await caseManager.call('POST', '/api/process-instances', { body: { processKey: 'deadEndTask' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    const tasks = await caseManager.call('GET', `/api/tasks?processInstanceId=${started.body.id}`);
    const taskId = tasks.body.items[0].id as string;
    const done = await caseManager.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: { route: 'nowhere' } } });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    return { id: started.body.id, taskId };
  }

  it('Given a path before a dead-end gateway, When the worker completes the task, Then 200 with the task completed and the path failed with an incident at the gateway', async () => {
    const started = await caseManager.call('POST', '/api/process-instances', { body: { processKey: 'deadEndTask' } });
    const tasks = await caseManager.call('GET', `/api/tasks?processInstanceId=${started.body.id}`);
    const res = await caseManager.call('POST', `/api/tasks/${tasks.body.items[0].id}/complete`, { body: { data: { route: 'nowhere' } } });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.task.state).to.equal('completed');
    expect(res.body.processInstance.state).to.equal('failed');
    expect(res.body.processInstance.incident).to.include({ activityId: 'decide', attempts: 1 });
    const read = await caseManager.call('GET', `/api/process-instances/${started.body.id}`);
    expect(read.body.state).to.equal('failed');
    expect(read.body.variables.route).to.equal('nowhere');
    expect(read.body.history.some((h: { type: string }) => h.type === 'incident')).to.equal(true);
    const again = await caseManager.call('POST', `/api/tasks/${tasks.body.items[0].id}/complete`, { body: { data: { route: 'team' } } });
    expect(again.status).to.equal(409);
  });

  it('Given a path in an incident, When operations and the process owner list incidents, Then both see it (no variables); a nurse gets 403', async () => {
    const { id } = await failedPath();
    for (const client of [owner, operations]) {
      const res = await client.call('GET', '/api/incidents?limit=200');
      expect(res.status, JSON.stringify(res.body)).to.equal(200);
      const item = res.body.items.find((i: { processInstanceId: string }) => i.processInstanceId === id);
      expect(item).to.include({ processKey: 'deadEndTask', version: 1, activityId: 'decide', attempts: 1 });
      expect(item.occurredAt).to.be.a('string');
      expect(Object.keys(item).sort()).to.deep.equal([
        'activityId',
        'attempts',
        'message',
        'occurredAt',
        'processInstanceId',
        'processKey',
        'version',
      ]);
      expect(res.body).to.have.property('nextCursor');
    }
    expect((await nurse.call('GET', '/api/incidents')).status).to.equal(403);
  });

  it('Given incidents, When listed one per page, Then the cursor leads to the next without repeats', async () => {
    await failedPath();
    await failedPath();
    const first = await owner.call('GET', '/api/incidents?limit=1');
    const second = await owner.call('GET', `/api/incidents?limit=1&cursor=${first.body.nextCursor}`);
    expect(first.body.items).to.have.length(1);
    expect(second.body.items).to.have.length(1);
    expect(second.body.items[0].processInstanceId).to.not.equal(first.body.items[0].processInstanceId);
  });

  it('Given a path in an incident, When the process owner retries with corrected variables, Then 200, the path runs on to the chosen branch and the retry is in its history', async () => {
    const { id } = await failedPath();
    expect((await operations.call('POST', `/api/process-instances/${id}/retry`, { body: {} })).status).to.equal(403);
    expect(
      (await owner.call('POST', `/api/process-instances/${id}/retry`, { body: { variables: { clientRef: 'C-OTHER' } } })).status,
    ).to.equal(400);
    const failedAgain = await owner.call('POST', `/api/process-instances/${id}/retry`, { body: { variables: { route: 'still-nowhere' } } });
    expect(failedAgain.status, JSON.stringify(failedAgain.body)).to.equal(200);
    expect(failedAgain.body.incident).to.include({ attempts: 2 });
    const res = await owner.call('POST', `/api/process-instances/${id}/retry`, { body: { variables: { route: 'health' } } });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.state).to.equal('running');
    expect(res.body.incident).to.equal(null);
    const tasks = await nurse.call('GET', `/api/tasks?processInstanceId=${id}`);
    expect(tasks.body.items.map((t: { activityId: string }) => t.activityId)).to.deep.equal(['health']);
    const read = await caseManager.call('GET', `/api/process-instances/${id}`);
    expect(read.body.history.filter((h: { type: string }) => h.type === 'retry')).to.have.length(2);
    expect((await owner.call('POST', `/api/process-instances/${id}/retry`, { body: {} })).status).to.equal(409);
  });

  it('Given the OpenAPI document, Then it describes the incident list and the retry', async () => {
    const doc = await owner.call('GET', '/api/openapi.json');
    expect(doc.body.paths).to.have.property('/api/incidents');
    expect(doc.body.paths).to.have.property('/api/process-instances/{id}/retry');
    expect(doc.body.components.schemas.Incident.required).to.include('attempts');
  });
});
