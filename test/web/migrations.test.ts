import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { completeOpen, fixture } from '../support/engine.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: process versions, migration and instance counts', () => {
  let server: TestServer;
  let owner: Client;
  let operations: Client;
  let nurse: Client;
  before(async () => {
    server = await startTestServer();
    for (const [name, role] of [
      ['owner', 'process-owner'],
      ['ops', 'operations'],
      ['nurse', 'nurse'],
    ])
      await server.addUser(name, [role]);
    owner = await server.login('owner');
    operations = await server.login('ops');
    nurse = await server.login('nurse');
    await deployFixture(1);
  });

  /** Stores a version as a deployment: these engine fixtures have no diagram, so they would not pass the project's lint. */
  async function deployFixture(version: number): Promise<void> {
    const xml = fixture(`migrate-v${version}`);
    const xmlHash = createHash('sha256').update(xml).digest('hex');
    await server.store.insertDeployment({
      id: randomUUID(),
      processKey: 'moving',
      version,
      name: `moving v${version}`,
      xmlHash,
      xml,
      deployedAt: new Date().toISOString(),
      deployedBy: 'owner',
    });
  }
  after(() => server.close());

  it('Given paths on version 1 and a version 2, When the owner lists versions, Then each version says who deployed it and how many paths run on it; a nurse gets 403', async () => {
    const i = await server.engine.startInstance({ processKey: 'moving', version: 1 });
    await deployFixture(2);
    const res = await owner.call('GET', '/api/process-definitions/moving/versions');
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.items.map((v: { version: number; running: number }) => [v.version, v.running])).to.deep.equal([
      [1, 1],
      [2, 0],
    ]);
    expect(res.body.items[0].deployedBy).to.be.a('string');
    expect((await nurse.call('GET', '/api/process-definitions/moving/versions')).status).to.equal(403);
    expect((await owner.call('GET', '/api/process-definitions/nothing/versions')).status).to.equal(404);
    await server.engine.cancelInstance(i.id);
  });

  it('Given a path waiting for a reply on version 1, When the owner dry-runs and then runs a migration, Then the dry run changes nothing and the run moves it to version 2', async () => {
    const waiting = await server.engine.startInstance({ processKey: 'moving', version: 1 });
    const replied = await server.engine.startInstance({ processKey: 'moving', version: 1 });
    await completeOpen(server.engine, replied.id, 'review', 'nurse');
    const plan = await owner.call('POST', '/api/process-definitions/moving/migrations', {
      body: { fromVersion: 1, toVersion: 2, dryRun: true },
    });
    expect(plan.status, JSON.stringify(plan.body)).to.equal(200);
    expect(plan.body.migrated).to.deep.equal([replied.id]);
    expect(plan.body.refused).to.deep.equal([{ id: waiting.id, reason: 'active activity review has no mapping in version 2' }]);
    expect((await server.engine.getInstance(replied.id)).version).to.equal(1);

    const run = await owner.call('POST', '/api/process-definitions/moving/migrations', {
      body: { fromVersion: 1, toVersion: 2, mapping: { review: 'assess' }, instanceIds: [waiting.id] },
    });
    expect(run.body).to.deep.equal({ migrated: [waiting.id], refused: [] });
    expect((await server.engine.getInstance(waiting.id)).version).to.equal(2);
    const counts = await operations.call('GET', '/api/instance-counts?processKey=moving');
    expect(counts.status).to.equal(200);
    expect(counts.body.items).to.deep.include({ processKey: 'moving', version: 2, state: 'running', count: 1 });
  });

  it('Given an owner deploying with a change note, When the versions are listed, Then each version shows its note and who deployed it; an over-long note is 400 naming note', async () => {
    const xml = readFileSync(new URL('../../processes/consultation-hour.bpmn', import.meta.url), 'utf8');
    const long = await owner.call('POST', '/api/deployments', { body: { name: 'consultation-hour.bpmn', xml, note: 'x'.repeat(2001) } });
    expect(long.status).to.equal(400);
    expect(JSON.stringify(long.body)).to.contain('note');
    const res = await owner.call('POST', '/api/deployments', {
      body: { name: 'consultation-hour.bpmn', xml, note: '  Konsultaatioaika: ensimmäinen versio  ' },
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    const key = res.body.deployments[0].processKey as string;
    const versions = await owner.call('GET', `/api/process-definitions/${key}/versions`);
    const listed = versions.body.items.at(-1);
    expect(listed.note).to.equal('Konsultaatioaika: ensimmäinen versio');
    expect(listed.deployedBy).to.be.a('string').and.not.equal('');
  });

  it('Given bad input, When a migration is asked, Then 400 for a malformed mapping and 403 for a nurse', async () => {
    const bad = await owner.call('POST', '/api/process-definitions/moving/migrations', {
      body: { fromVersion: 1, toVersion: 2, mapping: { review: '<x>' } },
    });
    expect(bad.status).to.equal(400);
    const same = await owner.call('POST', '/api/process-definitions/moving/migrations', { body: { fromVersion: 1, toVersion: 1 } });
    expect(same.status).to.equal(400);
    expect(
      (await nurse.call('POST', '/api/process-definitions/moving/migrations', { body: { fromVersion: 1, toVersion: 2 } })).status,
    ).to.equal(403);
    expect((await nurse.call('GET', '/api/roles')).status).to.equal(403);
    expect((await owner.call('GET', '/api/roles')).body.items).to.include('nurse');
  });

  it('Given a running path, When the owner cancels it with a reason, Then the reason is in its history; an over-long reason is 400', async () => {
    const path = await server.engine.startInstance({ processKey: 'moving', version: 1 });
    const long = await owner.call('POST', `/api/process-instances/${path.id}/cancel`, { body: { reason: 'x'.repeat(501) } });
    expect(long.status).to.equal(400);
    const res = await owner.call('POST', `/api/process-instances/${path.id}/cancel`, { body: { reason: 'Asiakas muutti pois' } });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    const after = await server.engine.getInstance(path.id);
    expect(after.state).to.equal('cancelled');
    const rows = after.history.filter((h) => h.type === 'cancel');
    expect(rows.map((h) => h.name)).to.deep.equal(['Asiakas muutti pois']);
    expect(rows[0].by).to.be.a('string');
  });
});
