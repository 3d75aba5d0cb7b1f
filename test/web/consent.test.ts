/** The consent gate (Kela Y100): shared TTS, background and health data reach a party only under the client's consent for it. */
import { expect } from 'chai';
import { ttsReferrerData } from '../forms/fixtures/tts.js';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: the consent gate', () => {
  let server: TestServer;
  let cm: Client;
  let nurse: Client;
  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['owner', 'process-owner'],
      ['cm', 'case-manager'],
      ['nurse', 'nurse'],
    ] as const)
      await server.addUser(u, [r]);
    const owner = await server.login('owner');
    const xml = linearProcess('gate-test', [
      { id: 'referrerPart', name: 'TTS 1–8', role: 'case-manager', formKey: 'tts-referrer' },
      { id: 'nurseStep', name: 'Hoitajan vaihe', role: 'nurse', formKey: 'checklist' },
      { id: 'consentForKela', name: 'Suostumus', role: 'case-manager', formKey: 'consent-y100' },
      { id: 'consentForHealth', name: 'Suostumus', role: 'case-manager', formKey: 'consent-y100' },
      { id: 'consentWithdrawn', name: 'Suostumus', role: 'case-manager', formKey: 'consent-y100' },
      { id: 'wait', name: 'Odottaa', role: 'nurse', formKey: 'checklist' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'g.bpmn', xml } })).status).to.equal(201);
    [cm, nurse] = await Promise.all([server.login('cm'), server.login('nurse')]);
  });
  after(() => server.close());

  async function complete(client: Client, id: string, data: Record<string, unknown>): Promise<void> {
    const [task] = (await client.call('GET', `/api/tasks?processInstanceId=${id}`)).body.items;
    const res = await client.call('POST', `/api/tasks/${task.id}/complete`, { body: { data } });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
  }

  it('Given TTS data on a path, When consent is none, given for Kela only, given for health care, then withdrawn, Then the nurse sees it only while health care is covered', async () => {
    const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'gate-test' } });
    const id = started.body.id as string;
    await complete(cm, id, ttsReferrerData());
    const ttsKeys = Object.keys(ttsReferrerData());
    const nurseSees = async () =>
      Object.keys((await nurse.call('GET', `/api/process-instances/${id}`)).body.variables).filter((k) => ttsKeys.includes(k));
    const consent = async () => (await nurse.call('GET', `/api/process-instances/${id}/consent`)).body;

    // The case manager collected the data with the client: hers to see without a consent.
    expect(Object.keys((await cm.call('GET', `/api/process-instances/${id}`)).body.variables)).to.include.members(ttsKeys);

    const [nurseTask] = (await nurse.call('GET', `/api/tasks?processInstanceId=${id}`)).body.items;
    expect((await nurse.call('POST', `/api/tasks/${nurseTask.id}/claim`)).status).to.equal(200);
    expect(await consent()).to.deep.equal({ status: 'none', parties: [], recordedAt: null });
    expect(await nurseSees()).to.deep.equal([]);
    await complete(nurse, id, {});

    await complete(cm, id, { consentGiven: true, parties: ['kela'], givenOn: '2026-11-20', recordedBy: 'cm (fictional)' });
    expect(await consent())
      .to.include({ status: 'given' })
      .and.deep.include({ parties: ['kela'] });
    expect(await nurseSees()).to.deep.equal([]);

    await complete(cm, id, { consentGiven: true, parties: ['kela', 'health-doctor'], givenOn: '2026-11-21', recordedBy: 'cm (fictional)' });
    expect((await consent()).recordedAt).to.be.a('string');
    expect(await nurseSees()).to.have.members(ttsKeys);

    await complete(cm, id, { consentGiven: false });
    expect(await consent()).to.deep.include({ status: 'declined', parties: [] });
    expect(await nurseSees()).to.deep.equal([]);
  });
});
