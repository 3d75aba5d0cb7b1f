/** Access by taking part: what a worker sees of a path follows their part in it, and ends with it. */
import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: access by taking part', () => {
  let server: TestServer;
  let cm: Client;
  let nurseA: Client;
  let nurseB: Client;
  let doctor: Client;
  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['owner', 'process-owner'],
      ['cm', 'case-manager'],
      ['nurse-a', 'nurse'],
      ['nurse-b', 'nurse'],
      ['doctor', 'doctor'],
    ] as const)
      await server.addUser(u, [r]);
    const owner = await server.login('owner');
    const xml = linearProcess('part-test', [
      { id: 'routeStep', name: 'Reitti', role: 'case-manager', formKey: 'route-choice' },
      { id: 'nurseStep', name: 'Hoitaja', role: 'nurse', formKey: 'checklist' },
      { id: 'doctorStep', name: 'Lääkäri', role: 'doctor', formKey: 'checklist' },
      { id: 'lastStep', name: 'Loppu', role: 'case-manager', formKey: 'checklist' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'p.bpmn', xml } })).status).to.equal(201);
    [cm, nurseA, nurseB, doctor] = await Promise.all(['cm', 'nurse-a', 'nurse-b', 'doctor'].map((u) => server.login(u)));
  });
  after(() => server.close());

  async function openTask(c: Client, id: string): Promise<string> {
    return (await c.call('GET', `/api/tasks?processInstanceId=${id}`)).body.items[0].id;
  }

  it('Given a path, When its nurse task opens, is done by one nurse, and the path ends, Then each nurse sees exactly what her part allows, and the log says why', async () => {
    const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'part-test' } });
    const id = started.body.id as string;
    expect((await doctor.call('GET', `/api/process-instances/${id}`)).status, 'no doctor task open yet').to.equal(404);
    const route = await cm.call('POST', `/api/tasks/${await openTask(cm, id)}/complete`, {
      body: { data: { route: 'direct', reason: 'Fiktiivinen syy' } },
    });
    expect(route.status, JSON.stringify(route.body)).to.equal(200);

    // The nurse task is open: both nurses see what that form needs, not the route data.
    for (const nurse of [nurseA, nurseB]) {
      const seen = await nurse.call('GET', `/api/process-instances/${id}`);
      expect(seen.status).to.equal(200);
      expect(seen.body.variables).to.not.have.any.keys('route', 'reason');
    }
    expect((await cm.call('GET', `/api/process-instances/${id}`)).body.variables).to.include({ route: 'direct' });

    const nurseTask = await openTask(nurseA, id);
    expect((await nurseA.call('POST', `/api/tasks/${nurseTask}/complete`, { body: { data: {} } })).status).to.equal(200);
    // Nurse A did her part and keeps the path while it runs; nurse B never took part: her access ended with the task.
    expect((await nurseA.call('GET', `/api/process-instances/${id}`)).body.variables).to.include({ route: 'direct' });
    expect((await nurseB.call('GET', `/api/process-instances/${id}`)).status).to.equal(404);
    expect((await nurseB.call('GET', `/api/tasks/${nurseTask}`)).status).to.equal(404);

    expect((await doctor.call('POST', `/api/tasks/${await openTask(doctor, id)}/complete`, { body: { data: {} } })).status).to.equal(200);
    expect((await cm.call('POST', `/api/tasks/${await openTask(cm, id)}/complete`, { body: { data: {} } })).status).to.equal(200);
    // The path has ended and nobody was named responsible: every worker's part has ended.
    for (const c of [cm, nurseA, doctor]) expect((await c.call('GET', `/api/process-instances/${id}`)).status).to.equal(404);

    const log = await server.store.listAudit(started.body.clientRef);
    expect(log.some((a) => a.action === 'start' && a.why === 'started the path')).to.equal(true);
    expect(log.some((a) => a.why?.startsWith('open task nurseStep') && a.role === 'nurse')).to.equal(true);
    expect(log.some((a) => a.action === 'complete' && a.why === 'open task nurseStep')).to.equal(true);
  });

  it('Given a client another worker started, When a stranger joins or forges it and the starter joins, Then 404 and 400 naming the field, and 201 on the same client', async () => {
    const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'part-test' } });
    const clientRef = started.body.clientRef as string;
    expect((await doctor.call('POST', '/api/process-instances', { body: { processKey: 'part-test', clientRef } })).status).to.equal(404);
    const forged = await doctor.call('POST', '/api/process-instances', {
      body: { processKey: 'part-test', variables: { clientRef, responsiblePerson: 'doctor' } },
    });
    expect(forged.status).to.equal(400);
    expect(forged.body.error.details.map((d: { path: string }) => d.path)).to.deep.equal([
      '/variables/clientRef',
      '/variables/responsiblePerson',
    ]);
    const joined = await cm.call('POST', '/api/process-instances', { body: { processKey: 'part-test', clientRef } });
    expect(joined.status).to.equal(201);
    expect(joined.body.clientRef).to.equal(clientRef);
    expect((await cm.call('GET', `/api/clients/${clientRef}/timeline`)).body.paths).to.have.length(2);
  });
});
