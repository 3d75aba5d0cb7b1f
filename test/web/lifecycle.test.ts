/** The data lifecycle: a subject-access export (JSON + the TTS PDF) and erasure after the retention period, both logged. */
import { expect } from 'chai';
import { ttsReferrerData, ttsTeamData } from '../forms/fixtures/tts.js';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: export and erasure of a client', () => {
  let server: TestServer;
  let clientRef: string;
  let pathId: string;
  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['owner', 'process-owner'],
      ['cm', 'case-manager'],
      ['team', 'team'],
      ['nurse', 'nurse'],
      ['auditor', 'auditor'],
      ['manager', 'manager'],
    ] as const)
      await server.addUser(u, [r]);
    const owner = await server.login('owner');
    const xml = linearProcess('life-test', [
      { id: 'referrerPart', name: 'TTS 1–8', role: 'case-manager', formKey: 'tts-referrer' },
      { id: 'teamPart', name: 'TTS 8–13', role: 'team', formKey: 'tts-team' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'l.bpmn', xml } })).status).to.equal(201);
    const cm = await server.login('cm');
    const team = await server.login('team');
    const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'life-test', businessKey: 'asia 42' } });
    [pathId, clientRef] = [started.body.id, started.body.clientRef];
    for (const [c, data] of [
      [cm, ttsReferrerData()],
      [team, { ...ttsTeamData(), responsiblePerson: { title: 'Asiakasvastaava', name: 'cm (fictional)', username: 'cm' } }],
    ] as [Client, Record<string, unknown>][]) {
      const [task] = (await c.call('GET', `/api/tasks?processInstanceId=${pathId}`)).body.items;
      expect((await c.call('POST', `/api/tasks/${task.id}/complete`, { body: { data } })).status).to.equal(200);
    }
    expect((await server.store.getInstance(pathId))!.state).to.equal('completed');
  });
  after(() => server.close());

  it('Given an ended path, When the responsible person and the auditor export the client, Then they get every path with its data and the TTS PDF, logged; others get 404', async () => {
    for (const who of ['cm', 'auditor']) {
      const res = await (await server.login(who)).call('GET', `/api/clients/${clientRef}/export`);
      expect(res.status, who).to.equal(200);
      expect(res.headers.get('cache-control')).to.equal('no-store');
      expect(res.body.paths).to.have.length(1);
      expect(res.body.paths[0]).to.deep.include({ id: pathId, businessKey: 'asia 42' });
      expect(res.body.paths[0].tasks.map((t: { data: object }) => Object.keys(t.data).length > 0)).to.deep.equal([true, true]);
      expect(Buffer.from(res.body.documents[0].base64, 'base64').subarray(0, 5).toString('latin1')).to.equal('%PDF-');
    }
    for (const who of ['nurse', 'manager', 'team']) {
      expect((await (await server.login(who)).call('GET', `/api/clients/${clientRef}/export`)).status, who).to.equal(404);
    }
    expect((await server.store.listAudit(clientRef)).filter((a) => a.action === 'export')).to.have.length(2);
  });

  it('Given the retention period, When the auditor erases before and after it, Then 409 first and then only pseudonymous rows remain, logged; a manager gets 404', async () => {
    expect((await (await server.login('auditor')).call('POST', `/api/clients/${clientRef}/erase`, { body: {} })).status).to.equal(409);
    expect((await server.store.getInstance(pathId))!.businessKey).to.equal('asia 42');
    server.advance((12 * 366 + 1) * 24 * 3600_000);
    expect((await (await server.login('manager')).call('POST', `/api/clients/${clientRef}/erase`, { body: {} })).status).to.equal(404);
    const auditor = await server.login('auditor');
    const erased = await auditor.call('POST', `/api/clients/${clientRef}/erase`, { body: {} });
    expect(erased.status).to.equal(200);
    expect(erased.body).to.deep.equal({ clientRef, erasedPaths: 1 });
    const kept = (await server.store.getInstance(pathId))!;
    expect(kept).to.deep.include({ processKey: 'life-test', state: 'completed', clientRef, businessKey: null, variables: {} });
    expect((await server.store.listTasks({ instanceId: pathId })).map((t) => t.data)).to.deep.equal([null, null]);
    const after = await auditor.call('GET', `/api/clients/${clientRef}/export`);
    expect(after.body.documents).to.deep.equal([]);
    expect((await server.store.listAudit(clientRef)).map((a) => a.action)).to.include('erase');
  });
});
