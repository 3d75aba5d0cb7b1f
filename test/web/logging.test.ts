import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type TestServer } from './support/harness.js';

/** A fictional henkilötunnus with a valid check character (not a real person's). */
const FICTIONAL_HETU = '010190-900P';

describe('web: logs', () => {
  const lines: string[] = [];
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ logLines: lines });
    await server.addUser('owner', ['process-owner']);
    await server.addUser('nurse', ['nurse']);
    const owner = await server.login('owner');
    await owner.call('POST', '/api/deployments', {
      body: { name: 'l.bpmn', xml: linearProcess('log-test', [{ id: 't', name: 'T', role: 'nurse' }]) },
    });
  });
  after(() => server.close());

  it('Given requests carrying a henkilötunnus in the body and the query, When they are served, Then the log has one JSON line per request with the request id and without the henkilötunnus or the password', async () => {
    const nurse = await server.login('nurse');
    const started = await nurse.call('POST', '/api/process-instances', {
      body: { processKey: 'log-test', variables: { henkilotunnus: FICTIONAL_HETU } },
    });
    expect(started.status).to.equal(201);
    await nurse.call('GET', `/api/process-instances?processKey=${FICTIONAL_HETU}`);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const request = parsed.find((l) => l.requestId === started.headers.get('x-request-id'));
    expect(request).to.include({ msg: 'request', method: 'POST', path: '/api/process-instances', status: 201 });
    expect(lines.join('\n')).to.not.include(FICTIONAL_HETU).and.not.include('correct horse');
  });
});
