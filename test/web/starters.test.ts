import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'chai';
import { listProcessFiles } from '../../processes/index.js';
import { linearProcess } from './support/bpmn.js';
import { FORM } from './support/form.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';
import { expectDocumentedShape } from './support/shapes.js';

interface Definition {
  processKey: string;
  name: string;
  deploymentName: string;
  starterRoles: string[];
  startableByMe: boolean;
  startFormKey: string | null;
}

describe('web: who may start a process, and its start form', () => {
  let server: TestServer;
  let nurse: Client;
  let caseManager: Client;
  let socialWorker: Client;
  let manager: Client;

  before(async () => {
    server = await startTestServer();
    for (const [name, roles] of Object.entries({
      owner: ['process-owner'],
      nurse: ['nurse'],
      cm: ['case-manager'],
      sw: ['social-worker'],
      manager: ['manager'],
    })) {
      await server.addUser(name, roles);
    }
    const owner = await server.login('owner');
    [nurse, caseManager, socialWorker, manager] = await Promise.all(['nurse', 'cm', 'sw', 'manager'].map((u) => server.login(u)));
    // Polku's own processes (called ones first), a process naming its starters, and one with a start form.
    const files = listProcessFiles().map((f) => ({ name: basename(f), xml: readFileSync(f, 'utf8') }));
    files.push(
      {
        name: 'social.bpmn',
        xml: linearProcess('starter-groups', [{ id: 't', name: 'Tehtävä', role: 'nurse' }], {
          starters: 'social-worker, kela',
          name: 'Sosiaalityön polku',
        }),
      },
      {
        name: 'form.bpmn',
        xml: linearProcess('start-form', [{ id: 't', name: 'Tehtävä', role: 'nurse' }], { starters: 'nurse', startFormKey: FORM.key }),
      },
    );
    for (const file of files) {
      const res = await owner.call('POST', '/api/deployments', { body: file });
      expect(res.status, `${file.name}: ${JSON.stringify(res.body)}`).to.equal(201);
    }
  });
  after(() => server.close());

  async function definitions(client: Client): Promise<Map<string, Definition>> {
    const res = await client.call('GET', '/api/process-definitions');
    expect(res.status).to.equal(200);
    await expectDocumentedShape(server.url, 'DefinitionList', res.body);
    return new Map((res.body.items as Definition[]).map((d) => [d.processKey, d]));
  }

  it('Given referral-trial whose start event lies in the case manager’s lane, When the nurse and the case manager list definitions, Then it names its Finnish name and starter role, startable by the case manager only', async () => {
    const forNurse = (await definitions(nurse)).get('referral-trial')!;
    expect(forNurse).to.include({
      name: 'Ohjaus tiimiin työllisyyden kuntakokeilusta',
      deploymentName: 'referral-trial.bpmn',
      startableByMe: false,
      startFormKey: null,
    });
    expect(forNurse.starterRoles).to.deep.equal(['case-manager']);
    expect((await definitions(caseManager)).get('referral-trial')!.startableByMe).to.equal(true);
  });

  it('Given referral-trial, When the nurse starts it, Then 403 forbidden and no path exists; When the case manager starts it, Then 201', async () => {
    const refused = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'referral-trial' } });
    expect(refused.status).to.equal(403);
    expect(refused.body.error.code).to.equal('forbidden');
    expect(await server.store.listInstances({ processKey: 'referral-trial' })).to.have.length(0);
    const started = await caseManager.call('POST', '/api/process-instances', { body: { processKey: 'referral-trial' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
  });

  it('Given a process with camunda:candidateStarterGroups "social-worker, kela", When listed and started, Then those roles are its starters: the social worker starts it, the nurse gets 403', async () => {
    const def = (await definitions(socialWorker)).get('starter-groups')!;
    expect(def).to.include({ name: 'Sosiaalityön polku', startableByMe: true });
    expect(def.starterRoles).to.deep.equal(['social-worker', 'kela']);
    expect((await definitions(nurse)).get('starter-groups')!.startableByMe).to.equal(false);
    expect((await nurse.call('POST', '/api/process-instances', { body: { processKey: 'starter-groups' } })).status).to.equal(403);
    expect((await socialWorker.call('POST', '/api/process-instances', { body: { processKey: 'starter-groups' } })).status).to.equal(201);
  });

  it('Given a manager (an oversight role), When she lists definitions, Then nothing is startable by her', async () => {
    const all = [...(await definitions(manager)).values()];
    expect(all.length).to.be.above(5);
    expect(all.filter((d) => d.startableByMe)).to.deep.equal([]);
  });

  it('Given a process with a start form, When started with variables failing it, Then 400 naming each field in Finnish and no path; When started with valid variables, Then 201 with them on the path', async () => {
    expect((await definitions(nurse)).get('start-form')!.startFormKey).to.equal(FORM.key);
    const refused = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'start-form', variables: FORM.invalid } });
    expect(refused.status).to.equal(400);
    expect(refused.body.error.code).to.equal('invalid_input');
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).to.include.members(FORM.invalidPaths);
    for (const d of refused.body.error.details) expect(d.message).to.match(FORM.finnish);
    expect(await server.store.listInstances({ processKey: 'start-form' })).to.have.length(0);
    const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'start-form', variables: FORM.valid } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    expect(started.body.variables).to.include(FORM.valid);
  });
});
