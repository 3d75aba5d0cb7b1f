import { expect } from 'chai';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: request hygiene', () => {
  let server: TestServer;
  let owner: Client;
  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    owner = await server.login('owner');
  });
  after(() => server.close());

  it('Given a body over 1 MiB, When it is posted, Then the answer is 413 too_large', async () => {
    const res = await owner.call('POST', '/api/deployments', { body: { name: 'big', xml: 'x'.repeat(1024 * 1024 + 10) } });
    expect(res.status).to.equal(413);
    expect(res.body.error.code).to.equal('too_large');
  });

  it('Given a form-encoded body, When it is posted, Then the answer is 415 unsupported_media_type', async () => {
    const res = await owner.call('POST', '/api/deployments', { raw: 'name=a&xml=b', contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).to.equal(415);
    expect(res.body.error.code).to.equal('unsupported_media_type');
  });

  it('Given malformed JSON, When it is posted, Then the answer is 400 invalid_input without a stack', async () => {
    const res = await owner.call('POST', '/api/deployments', { raw: '{"name": ' });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('invalid_input');
    expect(JSON.stringify(res.body)).to.not.match(/at .*\.(ts|js):\d+/);
  });

  it('Given a JSON body with bytes that are not UTF-8, When it is posted, Then the answer is 400 invalid_input, not a silently repaired string', async () => {
    const body = Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xc3, 0x28]), Buffer.from('", "xml": "<x/>"}')]);
    const res = await fetch(server.url + '/api/deployments', {
      method: 'POST',
      headers: { cookie: owner.cookie!, 'x-csrf-token': owner.csrfToken!, 'content-type': 'application/json' },
      body,
    });
    expect(res.status).to.equal(400);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).to.include({
      code: 'invalid_input',
      message: 'the request body is not valid UTF-8',
    });
  });

  it('Given a henkilötunnus in a URL, When it is called, Then the answer is 400 without echoing it', async () => {
    const res = await owner.call('GET', '/api/clients/131052-308T/timeline');
    expect(res.status).to.equal(400);
    expect(JSON.stringify(res.body)).to.not.include('131052');
  });

  it('Given an unknown field, When a deployment is posted, Then the answer is 400 naming the field', async () => {
    const res = await owner.call('POST', '/api/deployments', { body: { name: 'a', xml: '<x/>', colour: 'red' } });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('invalid_input');
    expect(res.body.error.details).to.deep.include({ path: '/colour', message: 'unknown field "colour"' });
  });

  it('Given a __proto__ key deep in the variables, When an instance is started, Then the answer is 400 naming it and Object.prototype is untouched', async () => {
    const raw = '{"processKey":"p","variables":{"a":{"__proto__":{"polluted":true}}}}';
    const res = await owner.call('POST', '/api/process-instances', { raw });
    expect(res.status).to.equal(400);
    expect(res.body.error.details[0].path).to.equal('/variables/a/__proto__');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('Given variables nested 20 000 levels deep, When an instance is started, Then the answer is 400, not a crash', async () => {
    const raw = `{"processKey":"p","variables":{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
    const res = await owner.call('POST', '/api/process-instances', { raw });
    expect(res.status).to.equal(400);
    expect(res.body.error.details[0].message).to.equal('nested too deeply');
  });

  it('Given a query parameter that is not in the contract, When tasks are listed, Then the answer is 400 naming it', async () => {
    const res = await owner.call('GET', '/api/tasks?colour=red');
    expect(res.status).to.equal(400);
    expect(res.body.error.details[0].path).to.equal('/colour');
  });

  it('Given any API answer, Then it is not cached, not sniffed, carries a CSP and a request id', async () => {
    const res = await owner.call('GET', '/api/session');
    expect(res.headers.get('cache-control')).to.equal('no-store');
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(res.headers.get('content-security-policy')).to.include("frame-ancestors 'none'");
    expect(res.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).to.equal(null);
  });

  it('Given an unknown API path, When it is called, Then the answer is the 404 error JSON', async () => {
    const res = await owner.call('GET', '/api/nothing-here');
    expect(res.status).to.equal(404);
    expect(res.body.error.code).to.equal('not_found');
  });
});
