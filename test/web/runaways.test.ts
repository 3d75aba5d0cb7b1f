/**
 * Runaway diagrams over HTTP (issue 19, item 6): while a process owner deploys each runaway shape
 * and a case manager starts the ones that only run away at run time, another user's
 * `GET /api/tasks` keeps answering. Each shape is refused (400 naming the element) or becomes an
 * incident of its own path within the step's budget. The test asserts the outcome, not a time:
 * `bench/runaways.ts` prints the other user's p99.
 */
import { expect } from 'chai';
import { createHash, randomUUID } from 'node:crypto';
import { cycleTimer, noWaitCycle, parallelSplit, timerLoop } from '../support/runawayDiagrams.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

/** Polls GET /api/tasks as `client` until `during` settles; the statuses of every answer. */
async function pollTasksDuring<T>(client: Client, during: Promise<T>): Promise<{ result: T; statuses: number[] }> {
  const statuses: number[] = [];
  let done = false;
  const poller = (async () => {
    while (!done) statuses.push((await client.call('GET', '/api/tasks')).status);
  })();
  try {
    return { result: await during, statuses };
  } finally {
    done = true;
    await poller;
  }
}

describe('web: runaway diagrams stop themselves while other users go on (issue 19, item 6)', function () {
  this.timeout(120_000);
  let server: TestServer;
  let owner: Client;
  let cm: Client;
  let nurse: Client;

  before(async () => {
    server = await startTestServer();
    for (const [name, role] of [
      ['owner', 'process-owner'],
      ['cm', 'case-manager'],
      ['nurse', 'nurse'],
    ] as const)
      await server.addUser(name, [role]);
    [owner, cm, nurse] = await Promise.all(['owner', 'cm', 'nurse'].map((u) => server.login(u)));
    // Given runaway shapes that only show at run time, stored as a deployment from before the
    // lint rules (the lint asks for diagram layout these bare shapes do not carry).
    for (const [processKey, xml] of [
      ['noWait', noWaitCycle('noWait')],
      ['zeroLoop', timerLoop('zeroLoop', '=pause')],
      ['fastCycle', cycleTimer('fastCycle', '=cycle')],
    ] as const) {
      await server.store.insertDeployment({
        id: randomUUID(),
        processKey,
        version: 1,
        name: `${processKey}.bpmn`,
        xmlHash: createHash('sha256').update(xml).digest('hex'),
        xml,
        deployedAt: new Date().toISOString(),
        deployedBy: null,
      });
    }
  });
  after(() => server.close());

  it("Given the runaway shapes a diagram shows, When the owner deploys each, Then 400 naming the element, and the nurse's task list answers meanwhile", async () => {
    const shapes = [
      ['PT0S loop', timerLoop('pt0s', 'PT0S'), '#wait'],
      ['fast R/ cycle', cycleTimer('fast', 'R/PT0.001S'), '#tick'],
      ['1,400-branch split', parallelSplit('huge', 1_400), '/xml'],
      ['60-branch split', parallelSplit('wide', 60), '#split'],
    ] as const;
    const { result, statuses } = await pollTasksDuring(
      nurse,
      Promise.all(shapes.map(([, xml]) => owner.call('POST', '/api/deployments', { body: { name: 'runaway.bpmn', xml } }))),
    );
    result.forEach((res, i) => {
      const [what, , path] = shapes[i]!;
      expect(res.status, what).to.equal(400);
      expect(
        res.body.error.details.map((d: { path: string }) => d.path),
        what,
      ).to.include(path);
    });
    expect(statuses.length).to.be.above(0);
    expect(new Set(statuses)).to.deep.equal(new Set([200]));
  });

  it("Given the shapes that run away only at run time, When the case manager starts each, Then each path is failed with a budget incident and the nurse's task list answers meanwhile", async () => {
    const starts = [
      ['noWait', {}],
      ['zeroLoop', { pause: 'PT0S' }],
      ['fastCycle', { cycle: 'R/PT0.001S' }],
    ] as const;
    const { result, statuses } = await pollTasksDuring(
      nurse,
      Promise.all(starts.map(([processKey, variables]) => cm.call('POST', '/api/process-instances', { body: { processKey, variables } }))),
    );
    for (const res of result) {
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
      expect(res.body.state).to.equal('failed');
    }
    expect(new Set(statuses)).to.deep.equal(new Set([200]));
    const incidents = await owner.call('GET', '/api/incidents');
    expect(incidents.status).to.equal(200);
    const ours = incidents.body.items.filter((i: { id?: string; processInstanceId?: string }) =>
      result.some((r) => r.body.id === (i.processInstanceId ?? i.id)),
    );
    expect(ours.length, JSON.stringify(incidents.body.items[0])).to.equal(3);
    for (const i of ours) expect(JSON.stringify(i)).to.match(/the step exceeded its budget/);
    // And the same shape with a real wait runs on: one path's runaway is that path's alone.
    const calm = await cm.call('POST', '/api/process-instances', { body: { processKey: 'fastCycle', variables: { cycle: 'R2/P1D' } } });
    expect(calm.body.state).to.equal('running');
  });
});
