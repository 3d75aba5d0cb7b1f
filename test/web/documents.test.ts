import { expect } from 'chai';
import { ttsReferrerData, ttsTeamData } from '../forms/fixtures/tts.js';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: the TTS document', () => {
  let server: TestServer;
  let caseManager: Client;
  let team: Client;
  let manager: Client;
  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['owner', 'process-owner'],
      ['cm', 'case-manager'],
      ['paivi.pollanen', 'case-manager'],
      ['team', 'team'],
      ['manager', 'manager'],
    ] as const)
      await server.addUser(u, [r]);
    const owner = await server.login('owner');
    const xml = linearProcess('tts-test', [
      { id: 'referrerPart', name: 'TTS lähettäjän osa', role: 'case-manager', formKey: 'tts-referrer' },
      { id: 'teamPart', name: 'TTS tiimin osa', role: 'team', formKey: 'tts-team' },
      { id: 'followUp', name: 'Seuranta', role: 'case-manager' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'tts.bpmn', xml } })).status).to.equal(201);
    [caseManager, team, manager] = await Promise.all([server.login('cm'), server.login('team'), server.login('manager')]);
  });
  after(() => server.close());

  async function completeOpen(client: Client, instanceId: string, data: Record<string, unknown>): Promise<void> {
    const tasks = await client.call('GET', `/api/tasks?processInstanceId=${instanceId}`);
    const res = await client.call('POST', `/api/tasks/${tasks.body.items[0].id}/complete`, { body: { data } });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
  }

  it('Given a running path whose referrer and team have filled the TTS, When the case manager (who started it) asks for tts.pdf, Then she gets a PDF; And before the team part, and for a manager, it is 404', async () => {
    const started = await caseManager.call('POST', '/api/process-instances', { body: { processKey: 'tts-test' } });
    const id = started.body.id as string;
    await completeOpen(caseManager, id, ttsReferrerData());
    expect((await caseManager.call('GET', `/api/process-instances/${id}/documents/tts.pdf`)).status).to.equal(404);
    await completeOpen(team, id, ttsTeamData());

    const res = await fetch(`${server.url}/api/process-instances/${id}/documents/tts.pdf`, { headers: { cookie: caseManager.cookie! } });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).to.equal('%PDF-');
    expect((await manager.call('GET', `/api/process-instances/${id}/documents/tts.pdf`)).status).to.equal(404);
    const log = await server.store.listAudit(started.body.clientRef);
    expect(log.some((a) => a.detail === 'TTS PDF')).to.equal(true);
  });
});
