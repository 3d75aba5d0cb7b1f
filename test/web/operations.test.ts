import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { anonymous, startTestServer, type TestServer } from './support/harness.js';

const PROCESS = linearProcess('metrics-test', [{ id: 'check', name: 'Tarkistus', role: 'nurse' }]);

describe('web: operations', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.addUser('nurse', ['nurse']);
    await server.addUser('owner', ['process-owner']);
  });
  after(() => server.close());

  it('Given a running server, When /healthz and /readyz are asked, Then both answer 200', async () => {
    expect((await fetch(server.url + '/healthz')).status).to.equal(200);
    const ready = await fetch(server.url + '/readyz');
    expect(ready.status).to.equal(200);
  });

  it('Given a path was started and its task completed, When /metrics is read, Then it counts requests, steps with their latency and the store as up, and names no path or client', async () => {
    await anonymous(server.url).call('GET', '/api/tasks');
    const owner = await server.login('owner');
    const nurse = await server.login('nurse');
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'metrics-test.bpmn', xml: PROCESS } })).status).to.equal(201);
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'metrics-test' } });
    expect(started.status).to.equal(201);
    const [task] = (await nurse.call('GET', `/api/tasks?processInstanceId=${started.body.id}`)).body.items;
    expect((await nurse.call('POST', `/api/tasks/${task.id}/complete`, { body: { data: {} } })).status).to.equal(200);

    const res = await fetch(server.url + '/metrics');
    expect(res.headers.get('content-type')).to.match(/^text\/plain/);
    const text = await res.text();
    expect(text).to.match(/polku_http_requests_total\{method="GET",status="401"\} \d+/);
    expect(text).to.match(/^polku_steps_total\{kind="start"\} 1$/m);
    expect(text).to.match(/^polku_steps_total\{kind="complete"\} 1$/m);
    expect(text).to.match(/^polku_step_duration_seconds_count\{kind="start"\} 1$/m);
    expect(text).to.match(/^polku_step_duration_seconds_bucket\{le="\+Inf",kind="complete"\} 1$/m);
    expect(text).to.match(/^# TYPE polku_timer_lag_seconds histogram$/m);
    expect(text).to.match(/^polku_incidents_total 0$/m);
    expect(text).to.match(/^polku_store_errors_total 0$/m);
    expect(text).to.match(/^polku_store_up 1$/m);
    for (const secret of [started.body.id, started.body.clientRef, task.id]) expect(text).not.to.include(secret);
  });

  it('Given the store is closed, When /readyz is asked, Then it answers 503 while /healthz stays 200', async () => {
    const other = await startTestServer();
    try {
      await other.store.close();
      expect((await fetch(other.url + '/readyz')).status).to.equal(503);
      expect((await fetch(other.url + '/healthz')).status).to.equal(200);
    } finally {
      await other.close().catch(() => undefined);
    }
  });

  it('Given the OpenAPI document, Then it is 3.1 and its StartBody schema is the one the route validates with', async () => {
    const res = await anonymous(server.url).call('GET', '/api/openapi.json');
    expect(res.status).to.equal(200);
    expect(res.body.openapi).to.equal('3.1.0');
    expect(res.body.components.schemas.StartBody.additionalProperties).to.equal(false);
    expect(res.body.components.schemas.StartBody.required).to.deep.equal(['processKey']);
    expect(res.body.paths).to.have.property('/api/tasks/{id}/complete');
    expect(Object.keys(res.body.components.schemas).some((k: string) => k.startsWith('form.'))).to.equal(true);
  });
});
