import { expect } from 'chai';
import { anonymous, startTestServer, type TestServer } from './support/harness.js';

describe('web: operations', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.addUser('nurse', ['nurse']);
  });
  after(() => server.close());

  it('Given a running server, When /healthz and /readyz are asked, Then both answer 200', async () => {
    expect((await fetch(server.url + '/healthz')).status).to.equal(200);
    const ready = await fetch(server.url + '/readyz');
    expect(ready.status).to.equal(200);
  });

  it('Given some requests were served, When /metrics is read, Then it lists request counters by status and the open task gauge', async () => {
    await anonymous(server.url).call('GET', '/api/tasks');
    const text = await (await fetch(server.url + '/metrics')).text();
    expect(text).to.match(/polku_http_requests_total\{method="GET",status="401"\} \d+/);
    expect(text).to.match(/^polku_open_tasks 0$/m);
    expect(text).to.match(/^polku_store_up 1$/m);
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
