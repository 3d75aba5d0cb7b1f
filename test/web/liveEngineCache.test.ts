/**
 * Regression: the live engine kept after a step served the next step only in-process. Over HTTP the
 * use cases add audit notes, the engine copied the step to add them, and the runner (which keeps
 * the live engine by the step object) lost the engine: every HTTP completion recovered the
 * instance from its stored state.
 */
import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { FORM } from './support/form.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

const PROCESS = linearProcess('live-cache-test', [
  { id: 'first', name: 'Ensimmäinen', role: 'nurse', formKey: FORM.key },
  { id: 'second', name: 'Toinen', role: 'nurse', formKey: FORM.key },
  { id: 'third', name: 'Kolmas', role: 'nurse', formKey: FORM.key },
]);

/** The live-engine counters from the server's /metrics. */
async function takes(client: Client): Promise<{ hit: number; miss: number }> {
  const res = await client.call<string>('GET', '/metrics');
  expect(res.status).to.equal(200);
  const count = (result: string) => {
    const line = res.body.split('\n').find((l) => l.startsWith(`polku_live_engine_takes_total{result="${result}"}`));
    return line ? Number(line.split(' ').pop()) : 0;
  };
  return { hit: count('hit'), miss: count('miss') };
}

describe('web: the live engine serves the next HTTP step', () => {
  let server: TestServer;
  let nurse: Client;

  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    await server.addUser('nurse', ['nurse']);
    const owner = await server.login('owner');
    nurse = await server.login('nurse');
    const res = await owner.call('POST', '/api/deployments', { body: { name: 'live-cache-test.bpmn', xml: PROCESS } });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
  });
  after(() => server.close());

  /** Claims and completes the path's one open task over HTTP; returns the path's state after it. */
  async function completeOpenTask(instanceId: string): Promise<string> {
    const list = await nurse.call('GET', `/api/tasks?processInstanceId=${instanceId}`);
    const task = list.body.items[0];
    expect((await nurse.call('POST', `/api/tasks/${task.id}/claim`)).status).to.equal(200);
    const read = await nurse.call('GET', `/api/tasks/${task.id}`);
    const done = await nurse.call('POST', `/api/tasks/${task.id}/complete`, { body: { data: FORM.valid, version: read.body.version } });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    return done.body.processInstance.state;
  }

  it('Given a path started over HTTP, When its tasks are completed over HTTP, Then each completion takes the engine kept by the step before (no recovery from the store)', async () => {
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'live-cache-test' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    const before = await takes(nurse);

    expect(await completeOpenTask(started.body.id)).to.equal('running');
    expect(await completeOpenTask(started.body.id)).to.equal('running');
    expect(await completeOpenTask(started.body.id)).to.equal('completed');

    const after = await takes(nurse);
    expect(after.hit - before.hit, 'completions served by the live engine').to.equal(3);
    expect(after.miss - before.miss, 'completions that recovered the instance').to.equal(0);
  });
});
