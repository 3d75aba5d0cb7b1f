import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: messages to a waiting path', () => {
  let server: TestServer;
  let nurse: Client;
  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    await server.addUser('nurse', ['nurse']);
    const owner = await server.login('owner');
    const xml = linearProcess('message-test', [
      { id: 'waitForKela', name: 'Kelan päätös', role: 'nurse', message: 'kela-decision' },
      { id: 'followUp', name: 'Seuranta', role: 'nurse' },
    ]);
    const res = await owner.call('POST', '/api/deployments', { body: { name: 'm.bpmn', xml } });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    nurse = await server.login('nurse');
  });
  after(() => server.close());

  it('Given a path waiting for a message, When an unknown message and then the awaited one arrive, Then the first is 404 and the second moves the path on with its variables', async () => {
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'message-test' } });
    const id = started.body.id as string;
    expect(started.body.active.map((a: { activityId: string }) => a.activityId)).to.deep.equal(['waitForKela']);
    const unknown = await nurse.call('POST', `/api/process-instances/${id}/messages`, { body: { name: 'nothing-waits' } });
    expect(unknown.status).to.equal(404);
    const res = await nurse.call('POST', `/api/process-instances/${id}/messages`, {
      body: { name: 'kela-decision', variables: { kelaDecision: 'approved' } },
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.active.map((a: { activityId: string }) => a.activityId)).to.deep.equal(['followUp']);
    expect(res.body.variables.kelaDecision).to.equal('approved');
  });
});
