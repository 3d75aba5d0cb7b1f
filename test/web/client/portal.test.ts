/**
 * The client's own pages' API on the demo data: their paths, plan, consent and access log; their
 * consent binds the workers at the next read; and a client never reaches another's data (404).
 */
import { expect } from 'chai';
import type { Client } from '../support/harness.js';
import { signInFlow, startClientServer, type ClientServer } from './support.js';

describe("the client's own part (API, demo data)", function () {
  this.timeout(120_000);
  let server: ClientServer;
  let aili: Client;
  let bertta: Client;
  let ailiPath: string;
  let berttaPath: string;

  before(async () => {
    server = await startClientServer({ demo: true });
    aili = (await signInFlow(server, 'demo-asiakas-1')).client!;
    bertta = (await signInFlow(server, 'demo-asiakas-2')).client!;
    ailiPath = (await aili.call('GET', '/api/client/paths')).body.items[0].id;
    berttaPath = (await bertta.call('GET', '/api/client/paths')).body.items[0].id;
  });
  after(() => server?.close());

  it('Given a signed-in demo client, when they open Polkuni, then they see their path with what happens next', async () => {
    const res = await aili.call('GET', '/api/client/paths');
    expect(res.status).to.equal(200);
    expect(res.body.items).to.have.length(1);
    expect(res.body.items[0].next.length).to.be.greaterThan(0);
    expect(res.body.items[0].done.length).to.be.greaterThan(0);
  });

  it('Given the plan exists, when the client reads it and signs that version, then it is signed; a wrong version is refused (409)', async () => {
    const plan = await aili.call('GET', `/api/client/paths/${ailiPath}/plan`);
    expect(plan.status).to.equal(200);
    expect(plan.body.signedAt).to.equal(null);
    const stale = await aili.call('POST', `/api/client/paths/${ailiPath}/plan/signatures`, { body: { documentHash: '0'.repeat(64) } });
    expect(stale.status).to.equal(409);
    const signed = await aili.call('POST', `/api/client/paths/${ailiPath}/plan/signatures`, {
      body: { documentHash: plan.body.documentHash },
    });
    expect(signed.status).to.equal(201);
    expect((await aili.call('GET', `/api/client/paths/${ailiPath}/plan`)).body.signedAt).to.equal(signed.body.signedAt);
  });

  it("When the client withdraws consent for the doctor's party, then the doctor gets 404 on the path; when they give it again, 200", async () => {
    const doctor = await server.login('doctor');
    expect((await doctor.call('GET', `/api/process-instances/${ailiPath}`)).status).to.equal(200);
    const withdrawn = await aili.call('POST', `/api/client/paths/${ailiPath}/consent`, {
      body: { party: 'health-doctor', act: 'withdraw' },
    });
    expect(withdrawn.status).to.equal(200);
    expect(withdrawn.body.items.find((p: { party: string }) => p.party === 'health-doctor')).to.include({
      status: 'withdrawn',
      byClient: true,
    });
    expect((await doctor.call('GET', `/api/process-instances/${ailiPath}`)).status).to.equal(404);
    await aili.call('POST', `/api/client/paths/${ailiPath}/consent`, { body: { party: 'health-doctor', act: 'give' } });
    expect((await doctor.call('GET', `/api/process-instances/${ailiPath}`)).status).to.equal(200);
  });

  it("When the client withdraws Kela and gives the employment services, then the workers' consent status shows it at the next read", async () => {
    const starter = (await server.store.getInstance(ailiPath))!.variables.startedBy as string;
    const user = await server.store.getUser(starter);
    const worker = await server.login(user!.username);
    const before = (await worker.call('GET', `/api/process-instances/${ailiPath}/consent`)).body;
    expect(before.parties).to.include('kela').and.not.include('employment-services');
    await aili.call('POST', `/api/client/paths/${ailiPath}/consent`, { body: { party: 'kela', act: 'withdraw' } });
    await aili.call('POST', `/api/client/paths/${ailiPath}/consent`, { body: { party: 'employment-services', act: 'give' } });
    const after = (await worker.call('GET', `/api/process-instances/${ailiPath}/consent`)).body;
    expect(after.status).to.equal('given');
    expect(after.parties).to.include('employment-services').and.not.include('kela');
    const mine = (await aili.call('GET', `/api/client/paths/${ailiPath}/consent`)).body.items;
    expect(mine.find((p: { party: string }) => p.party === 'kela')).to.include({ status: 'withdrawn', byClient: true });
    expect(mine.find((p: { party: string }) => p.party === 'employment-services')).to.include({ status: 'given', byClient: true });
  });

  it("Given a worker read the client's path, when the client opens Kuka katsoi tietojani, then the read is there with party, role and why, and no person", async () => {
    const doctor = await server.login('doctor');
    await doctor.call('GET', `/api/process-instances/${ailiPath}`);
    const log = await aili.call('GET', '/api/client/access-log');
    expect(log.status).to.equal(200);
    const read = log.body.items.find((e: { role: string }) => e.role === 'doctor');
    expect(read).to.include({ party: 'health-doctor', action: 'read', what: 'path' });
    expect(read.why).to.be.a('string');
    expect(JSON.stringify(log.body)).not.to.match(/actor|Lauri/);
  });

  it("Given the self-rated work ability, when the client saves a draft and then sends it, then the doctor reads it as the client's own answer; a second send is 409", async () => {
    const form = `/api/client/paths/${ailiPath}/forms/self-rated-work-ability`;
    const doctor = await server.login('doctor');
    expect((await aili.call('PUT', form, { body: { data: { workAbility: 11 }, send: false } })).body.error.details[0].path).to.equal(
      '/data/workAbility',
    );
    expect((await aili.call('PUT', form, { body: { data: { ownWords: 'Väsyttää (demo)' }, send: true } })).status).to.equal(400);
    expect((await aili.call('PUT', form, { body: { data: { workAbility: 4 }, send: false } })).body.state).to.equal('draft');
    expect((await doctor.call('GET', `/api/process-instances/${ailiPath}/client-answers`)).body.items).to.deep.equal([]);
    expect(
      (await aili.call('PUT', form, { body: { data: { workAbility: 5, ownWords: 'Jaksan aamupäivät (demo)' }, send: true } })).body.state,
    ).to.equal('sent');
    const answers = await doctor.call('GET', `/api/process-instances/${ailiPath}/client-answers`);
    expect(answers.body.items[0]).to.deep.include({
      formKey: 'self-rated-work-ability',
      state: 'sent',
      data: { workAbility: 5, ownWords: 'Jaksan aamupäivät (demo)' },
    });
    expect((await aili.call('PUT', form, { body: { data: { workAbility: 9 }, send: true } })).status).to.equal(409);
  });

  it("Hostile: client A never reaches client B's path, plan, PDF, consent or signature by changing the id (404)", async () => {
    for (const [method, path, body] of [
      ['GET', `/api/client/paths/${berttaPath}`],
      ['GET', `/api/client/paths/${berttaPath}/plan`],
      ['GET', `/api/client/paths/${berttaPath}/plan.pdf`],
      ['GET', `/api/client/paths/${berttaPath}/consent`],
      ['POST', `/api/client/paths/${berttaPath}/consent`, { party: 'kela', act: 'withdraw' }],
      ['POST', `/api/client/paths/${berttaPath}/plan/signatures`, { documentHash: 'a'.repeat(64) }],
      ['GET', `/api/client/paths/${berttaPath}/forms/self-rated-work-ability`],
      ['PUT', `/api/client/paths/${berttaPath}/forms/self-rated-work-ability`, { data: { workAbility: 1 }, send: true }],
      ['GET', `/api/client/paths/nonexistent`],
    ] as const) {
      const res = await aili.call(method, path, { body });
      expect(res.status, `${method} ${path}`).to.equal(404);
    }
    const acts = (await bertta.call('GET', `/api/client/paths/${berttaPath}/consent`)).body.items;
    expect(
      acts.every((p: { byClient: boolean }) => !p.byClient),
      "B's consent unchanged",
    ).to.equal(true);
  });

  it("Hostile: a client reaches none of the workers' routes (404), so no other client's data that way either", async () => {
    for (const path of [
      `/api/process-instances/${berttaPath}`,
      `/api/process-instances/${ailiPath}`,
      '/api/process-instances',
      '/api/tasks',
      '/api/users',
      `/api/process-instances/${berttaPath}/documents/tts.pdf`,
      '/api/meetings?from=2026-01-01&to=2027-01-01',
      `/api/process-instances/${ailiPath}/client-answers`,
    ]) {
      expect((await aili.call('GET', path)).status, path).to.equal(404);
    }
    expect((await aili.call('GET', '/api/session')).status).to.equal(200);
  });

  it('A changing request without the CSRF token is refused (403), as for workers', async () => {
    const res = await aili.call('POST', `/api/client/paths/${ailiPath}/consent`, { body: { party: 'kela', act: 'withdraw' }, csrf: false });
    expect(res.status).to.equal(403);
  });

  it('A worker is not a client: the client routes answer a worker 404', async () => {
    const doctor = await server.login('doctor');
    expect((await doctor.call('GET', '/api/client/paths')).status).to.equal(404);
  });
});
