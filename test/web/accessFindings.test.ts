/**
 * Ways around the policy found by an outside attack (issue 19, items 1-5), each replayed against a
 * real server and SQLite store: engine-owned mapping targets, the display-name namesake, acts by
 * merely holding a role, the claim that opened everything, and the self-granted data role.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { PASSWORD, startTestServer, type Client, type TestServer } from './support/harness.js';
import { hashPassword } from '../../engine/usecases/passwords.js';
import { ttsReferrerData } from '../forms/fixtures/tts.js';

const HETU = '131052-308T';

/** A parent whose one step calls `child`, mapping `x` into `target`. */
function callingProcess(key: string, child: string, mapping: string): string {
  return linearProcess(key, [{ id: 'call', name: 'Kutsu', role: 'nurse' }])
    .replace(/<bpmn:userTask id="call"[^>]*>/, `<bpmn:callActivity id="call" name="Kutsu" calledElement="${child}">`)
    .replace('</bpmn:userTask>', '</bpmn:callActivity>')
    .replace(
      '<bpmn:incoming>f0</bpmn:incoming>',
      `<bpmn:extensionElements>${mapping}</bpmn:extensionElements><bpmn:incoming>f0</bpmn:incoming>`,
    );
}

describe('web: access findings of the outside attack (issue 19, items 1-5)', function () {
  this.timeout(60_000);
  let server: TestServer;
  let owner: Client;

  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    owner = await server.login('owner');
    const child = linearProcess('mapped-child', [{ id: 'work', name: 'Työ', role: 'nurse' }]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'child.bpmn', xml: child } })).status).to.equal(201);
  });
  after(() => server.close());

  describe('item 1: engine-owned names as mapping targets', () => {
    it('Given a call activity mapping a variable into responsiblePerson, when it is deployed, then it is refused naming the target', async () => {
      for (const mapping of [
        '<camunda:in source="x" target="responsiblePerson" />',
        '<camunda:out source="x" target="responsiblePerson" />',
        '<camunda:in source="x" target="startedBy" />',
      ]) {
        const xml = callingProcess('mapping-attack', 'mapped-child', mapping);
        const res = await owner.call('POST', '/api/deployments', { body: { name: 'attack.bpmn', xml } });
        expect(res.status, mapping).to.equal(400);
        expect(JSON.stringify(res.body.error.details), mapping).to.match(/responsiblePerson|startedBy/);
      }
      // The same diagram mapping an ordinary variable deploys: the refusal is about the target only.
      const fine = callingProcess('mapping-fine', 'mapped-child', '<camunda:in source="x" target="route" />');
      const ok = await owner.call('POST', '/api/deployments', { body: { name: 'fine.bpmn', xml: fine } });
      expect(ok.status, JSON.stringify(ok.body)).to.equal(201);
    });

    it('Given such a diagram already stored, when a path calls it with the mapped variable, then the call is refused naming the target and nobody becomes responsible', async () => {
      // A diagram deployed before the check existed: stored as it is, past the deployment refusal.
      const xml = callingProcess('mapping-old', 'mapped-child', '<camunda:in source="x" target="responsiblePerson" />');
      await server.store.insertDeployments([
        {
          id: randomUUID(),
          processKey: 'mapping-old',
          version: 1,
          name: 'old.bpmn',
          xmlHash: randomUUID(),
          xml,
          deployedAt: new Date().toISOString(),
          deployedBy: null,
        },
      ]);
      await server.addUser('nurse-starter', ['nurse']);
      const nurse = await server.login('nurse-starter');
      const started = await nurse.call('POST', '/api/process-instances', {
        body: { processKey: 'mapping-old', variables: { x: 'owner' } },
      });
      // The call is where the mapping runs: it is refused naming the target, and nothing is half-written.
      expect(started.status, JSON.stringify(started.body)).to.equal(400);
      expect(JSON.stringify(started.body.error.details)).to.contain('responsiblePerson');
      const paths = await server.store.listInstances({ processKey: 'mapped-child', limit: 100 });
      for (const p of paths) expect(p.variables.responsiblePerson).to.equal(undefined);
      expect(await server.store.listInstances({ processKey: 'mapping-old', limit: 10 })).to.deep.equal([]);
      // Retry variables naming an engine-owned field stay refused too.
      const retried = await owner.call('POST', `/api/process-instances/${randomUUID()}/retry`, {
        body: { variables: { responsiblePerson: 'owner' } },
      });
      expect(retried.status).to.equal(400);
    });

    it('Given a process owner written in as responsible person, when they ask for the export, then it is not found: a responsible person holds a worker role', async () => {
      const xml = linearProcess('owner-named', [{ id: 'wait', name: 'Odottaa', role: 'nurse', message: 'go' }]);
      expect((await owner.call('POST', '/api/deployments', { body: { name: 'on.bpmn', xml } })).status).to.equal(201);
      await server.addUser('nurse-owner-named', ['nurse']);
      const nurse = await server.login('nurse-owner-named');
      const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'owner-named' } });
      // Written past every use case (as a mapping did before the fix).
      await server.engine.deliverMessage(started.body.id, 'go', { responsiblePerson: { name: 'Omistaja', username: 'owner' } });
      expect((await owner.call('GET', `/api/clients/${started.body.clientRef}/export`)).status).to.equal(404);
      expect((await owner.call('GET', `/api/clients/${started.body.clientRef}/access-log`)).status).to.equal(404);
    });
  });

  describe('item 2: the responsible person by account only', () => {
    it('Given a path whose responsible person has only a name, when a client-role account of that display name reads it, then every read is not found', async () => {
      const xml = linearProcess('namesake', [
        { id: 'wait', name: 'Odottaa', role: 'nurse', message: 'go' },
        { id: 'after', name: 'Jatko', role: 'nurse' },
      ]);
      expect((await owner.call('POST', '/api/deployments', { body: { name: 'n.bpmn', xml } })).status).to.equal(201);
      await server.addUser('nurse-namesake', ['nurse']);
      const nurse = await server.login('nurse-namesake');
      const started = await nurse.call('POST', '/api/process-instances', {
        body: { processKey: 'namesake', variables: { henkilotunnus: HETU } },
      });
      expect(started.status, JSON.stringify(started.body)).to.equal(201);
      await server.engine.deliverMessage(started.body.id, 'go', { responsiblePerson: { title: 'Hoitaja', name: 'Helmi Hoitaja (DEMO)' } });
      await server.store.saveUser({
        id: randomUUID(),
        username: 'helmi-namesake',
        displayName: 'helmi hoitaja (DEMO) ',
        roles: ['client'],
        passwordHash: await hashPassword(PASSWORD),
        createdAt: new Date().toISOString(),
      });
      const namesake = await server.login('helmi-namesake');
      const ref = started.body.clientRef;
      for (const path of [
        `/api/clients/${ref}/export`,
        `/api/clients/${ref}/access-log`,
        `/api/clients/${ref}/timeline`,
        `/api/process-instances/${started.body.id}`,
      ]) {
        const res = await namesake.call('GET', path);
        expect(res.status, path).to.equal(404);
        expect(JSON.stringify(res.body)).not.to.contain(HETU);
      }
    });

    it('Given the handover form, when the new responsible person is given by name without a picked account, then it is refused naming the username field', async () => {
      const xml = linearProcess('handover-test', [{ id: 'handover', name: 'Vaihto', role: 'nurse', formKey: 'responsible-handover' }]);
      expect((await owner.call('POST', '/api/deployments', { body: { name: 'h.bpmn', xml } })).status).to.equal(201);
      await server.addUser('nurse-handover', ['nurse']);
      const nurse = await server.login('nurse-handover');
      const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'handover-test' } });
      const [task] = await server.store.listTasks({ instanceId: started.body.id, state: 'open' });
      expect((await nurse.call('POST', `/api/tasks/${task!.id}/claim`, { body: {} })).status).to.equal(200);
      const res = await nurse.call('POST', `/api/tasks/${task!.id}/complete`, {
        body: { data: { responsiblePerson: { title: 'Hoitaja', name: 'Helmi Hoitaja' }, handoverNote: 'Siirto' } },
      });
      expect(res.status).to.equal(400);
      expect(JSON.stringify(res.body.error.details)).to.contain('username');
    });

    it('Given an admin, when they create or rename an account with a blank display name, then it is refused naming the field', async () => {
      await server.addUser('admin-blank', ['admin']);
      const admin = await server.login('admin-blank');
      const created = await admin.call('POST', '/api/users', {
        body: { username: 'blank-name', displayName: '   ', roles: ['nurse'], password: 'a long enough Passw0rd!' },
      });
      expect(created.status).to.equal(400);
      expect(JSON.stringify(created.body.error.details)).to.contain('displayName');
      const users = await admin.call('GET', '/api/users');
      const self = users.body.items.find((u: { username: string }) => u.username === 'admin-blank');
      const renamed = await admin.call('PATCH', `/api/users/${self.id}`, { body: { displayName: ' \t' } });
      expect(renamed.status).to.equal(400);
    });
  });

  describe('item 3: acts need taking part, not a role', () => {
    it('Given a path waiting for a nurse, when a nurse never on it cancels it or sends it a message, then both are refused and the path runs on', async () => {
      const xml = linearProcess('act-test', [
        { id: 'check', name: 'Tarkastus', role: 'nurse' },
        { id: 'wait', name: 'Odottaa', role: 'nurse', message: 'go' },
      ]);
      expect((await owner.call('POST', '/api/deployments', { body: { name: 'a.bpmn', xml } })).status).to.equal(201);
      await server.addUser('cm-act', ['case-manager']);
      await server.addUser('nurse-new', ['nurse']);
      const cm = await server.login('cm-act');
      const stranger = await server.login('nurse-new');
      const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'act-test' } });
      const id = started.body.id as string;
      expect((await stranger.call('POST', `/api/process-instances/${id}/cancel`, { body: {} })).status).to.equal(403);
      expect((await stranger.call('POST', `/api/process-instances/${id}/messages`, { body: { name: 'go' } })).status).to.equal(403);
      expect((await server.store.getInstance(id))!.state).to.equal('running');
      // The starter takes part: her cancel is the control that the route itself works.
      expect((await cm.call('POST', `/api/process-instances/${id}/cancel`, { body: {} })).status).to.equal(200);
    });

    it('Given the starter of a path, when she sends the message Polku sends itself when an IPS place comes free, then it is refused naming the name', async () => {
      const xml = linearProcess('place-test', [{ id: 'waitingList', name: 'Jonossa', role: 'nurse', message: 'ips-place-free' }]);
      expect((await owner.call('POST', '/api/deployments', { body: { name: 'p.bpmn', xml } })).status).to.equal(201);
      await server.addUser('cm-place', ['case-manager']);
      const cm = await server.login('cm-place');
      const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'place-test' } });
      const res = await cm.call('POST', `/api/process-instances/${started.body.id}/messages`, {
        body: { name: 'ips-place-free', variables: { coach: 'coach-1' } },
      });
      expect(res.status).to.equal(400);
      expect(res.body.error.details).to.deep.include({ path: '/name', message: 'ips-place-free is sent by Polku, not by a caller' });
      expect((await server.store.getInstance(started.body.id))!.state).to.equal('running');
    });
  });

  describe('item 4: a claim opens the path, logged, and an unclaim does not erase it', () => {
    let id: string;
    let clientRef: string;
    let taskId: string;
    let cm: Client;
    let nurse: Client;
    let auditor: Client;

    before(async () => {
      const xml = linearProcess('claim-test', [
        { id: 'intake', name: 'Alkukartoitus', role: 'case-manager', formKey: 'tts-referrer' },
        { id: 'consent', name: 'Suostumus', role: 'case-manager', formKey: 'consent-y100' },
        { id: 'check', name: 'Terveystarkastus', role: 'nurse', expectedDuration: 'P3D' },
        { id: 'later', name: 'Jatko', role: 'case-manager' },
      ]);
      expect((await owner.call('POST', '/api/deployments', { body: { name: 'c.bpmn', xml } })).status).to.equal(201);
      for (const [u, r] of [
        ['cm-claim', 'case-manager'],
        ['nurse-claim', 'nurse'],
        ['auditor-claim', 'auditor'],
      ] as const)
        await server.addUser(u, [r]);
      [cm, nurse, auditor] = await Promise.all(['cm-claim', 'nurse-claim', 'auditor-claim'].map((u) => server.login(u)));
      const started = await cm.call('POST', '/api/process-instances', {
        body: { processKey: 'claim-test', businessKey: 'asia 7', variables: { henkilotunnus: HETU } },
      });
      expect(started.status, JSON.stringify(started.body)).to.equal(201);
      [id, clientRef] = [started.body.id, started.body.clientRef];
      const complete = async (data: Record<string, unknown>) => {
        const [task] = (await cm.call('GET', `/api/tasks?processInstanceId=${id}`)).body.items;
        const res = await cm.call('POST', `/api/tasks/${task.id}/complete`, { body: { data } });
        expect(res.status, JSON.stringify(res.body)).to.equal(200);
      };
      await complete(ttsReferrerData());
      await complete({ consentGiven: true, parties: ['health-doctor'], givenOn: '2026-11-20', recordedBy: 'cm (fictional)' });
      [{ id: taskId }] = await server.store.listTasks({ instanceId: id, state: 'open' });
    });

    it("Given a nurse whose role has the open task, when she looks before claiming, then she gets the form and the pseudonym, process, step and due date, and none of the path's data", async () => {
      const task = await nurse.call('GET', `/api/tasks/${taskId}`);
      expect(task.status).to.equal(200);
      expect(task.body).to.include({ clientRef, processKey: 'claim-test', activityId: 'check' });
      expect(task.body.expectedBy).to.be.a('string');
      expect(task.body.form).to.be.an('object');
      expect(task.body.data).to.deep.equal({});
      const instance = await nurse.call('GET', `/api/process-instances/${id}`);
      expect(instance.status).to.equal(200);
      expect(instance.body.variables).to.deep.equal({});
      expect(instance.body.businessKey).to.equal(null);
      for (const path of [
        `/api/process-instances/${id}/forms`,
        `/api/process-instances/${id}/consent`,
        `/api/clients/${clientRef}/timeline`,
      ])
        expect((await nurse.call('GET', path)).status, path).to.equal(404);
      expect(JSON.stringify([task.body, instance.body])).not.to.contain(HETU);
    });

    it('Given the nurse claims, reads the path and unclaims, then she read it only after the claim, each read is in the access log, and the rows stay after the unclaim', async () => {
      expect((await nurse.call('POST', `/api/tasks/${taskId}/claim`)).status).to.equal(200);
      const instance = await nurse.call('GET', `/api/process-instances/${id}`);
      expect(instance.body.variables.henkilotunnus).to.equal(HETU);
      expect((await nurse.call('GET', `/api/process-instances/${id}/forms`)).status).to.equal(200);
      const nurseRows = async () => {
        const log = await auditor.call('GET', `/api/clients/${clientRef}/access-log`);
        return (log.body.items as { actorName: string | null; action: string; detail: string }[]).filter(
          (a) => a.actorName === 'nurse-claim (fictional)',
        );
      };
      const before = await nurseRows();
      expect(before.map((a) => a.action)).to.include.members(['claim', 'read']);
      expect((await nurse.call('POST', `/api/tasks/${taskId}/unclaim`)).status).to.equal(200);
      const after = await nurseRows();
      expect(after.slice(0, before.length)).to.deep.equal(before);
      expect(after.map((a) => a.action)).to.include('unclaim');
      // Released: back to deciding on the task alone.
      expect((await nurse.call('GET', `/api/process-instances/${id}`)).body.variables).to.deep.equal({});
    });

    it('Given a consent recorded by one case manager for health care only, when another case manager takes part, then the gated data stays hidden from her', async () => {
      await server.addUser('cm-other', ['case-manager']);
      const other = await server.login('cm-other');
      // The nurse completes her step; the next step is the case managers' and the other one claims it.
      expect((await nurse.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: {} } })).status).to.equal(200);
      const [later] = await server.store.listTasks({ instanceId: id, state: 'open' });
      expect((await other.call('POST', `/api/tasks/${later!.id}/claim`)).status).to.equal(200);
      const ttsKeys = Object.keys(ttsReferrerData());
      const seen = Object.keys((await other.call('GET', `/api/process-instances/${id}`)).body.variables);
      expect(seen.filter((k) => ttsKeys.includes(k))).to.deep.equal([]);
      // The one who collected the data with the client still sees it.
      expect(Object.keys((await cm.call('GET', `/api/process-instances/${id}`)).body.variables)).to.include.members(ttsKeys);
    });
  });

  describe('item 5: self-granted roles and the account change log', () => {
    it('Given an admin, when she grants herself the auditor role, then it is refused and she exports nothing; a second admin may grant it, and the auditor reads who did what and when', async () => {
      await server.addUser('admin-self', ['admin']);
      await server.addUser('admin-second', ['admin']);
      await server.addUser('auditor-reads', ['auditor']);
      await server.addUser('nurse-export', ['nurse']);
      const [self, second, auditor, nurse] = await Promise.all(
        ['admin-self', 'admin-second', 'auditor-reads', 'nurse-export'].map((u) => server.login(u)),
      );
      const xml = linearProcess('grant-test', [{ id: 'wait', name: 'Odottaa', role: 'nurse' }]);
      expect((await owner.call('POST', '/api/deployments', { body: { name: 'g.bpmn', xml } })).status).to.equal(201);
      const started = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'grant-test' } });
      const users = (await self.call('GET', '/api/users')).body.items as { id: string; username: string }[];
      const selfId = users.find((u) => u.username === 'admin-self')!.id;

      const granted = await self.call('PATCH', `/api/users/${selfId}`, { body: { roles: ['admin', 'auditor'] } });
      expect(granted.status).to.equal(403);
      expect((await server.store.getUser(selfId))!.roles).to.deep.equal(['admin']);
      expect((await self.call('GET', `/api/clients/${started.body.clientRef}/export`)).status).to.equal(404);

      // A second admin grants it: allowed, and logged with who and when.
      expect((await second.call('PATCH', `/api/users/${selfId}`, { body: { roles: ['admin', 'auditor'] } })).status).to.equal(200);
      expect(
        (await second.call('POST', `/api/users/${selfId}/password`, { body: { password: 'an entirely new Passw0rd!' } })).status,
      ).to.equal(204);
      const created = await second.call('POST', '/api/users', {
        body: { username: 'new-nurse', displayName: 'Uusi Hoitaja', roles: ['nurse'], password: 'a long enough Passw0rd!' },
      });
      expect(created.status).to.equal(201);
      expect(
        (await second.call('PATCH', `/api/users/${created.body.id}`, { body: { displayName: 'Uusi Hoitaja 2', disabled: true } })).status,
      ).to.equal(200);

      const log = await auditor.call('GET', '/api/account-changes');
      expect(log.status).to.equal(200);
      const rows = (log.body.items as { at: string; actorName: string; username: string; change: string }[]).map((r) => ({
        by: r.actorName,
        who: r.username,
        change: r.change,
        dated: !Number.isNaN(Date.parse(r.at)),
      }));
      expect(rows).to.deep.include.members([
        { by: 'admin-second (fictional)', who: 'admin-self', change: 'roles +auditor', dated: true },
        { by: 'admin-second (fictional)', who: 'admin-self', change: 'password reset', dated: true },
        { by: 'admin-second (fictional)', who: 'new-nurse', change: 'created with roles nurse', dated: true },
        { by: 'admin-second (fictional)', who: 'new-nurse', change: 'display name; disabled', dated: true },
      ]);
      expect(JSON.stringify(log.body)).not.to.match(/Passw0rd|scrypt|\$/);
      // The refused self-grant changed nothing, so it is no account change.
      expect(rows.filter((r) => r.by === 'admin-self (fictional)')).to.deep.equal([]);
      // An admin does not audit the admins (the granted admin's sessions ended with her new role).
      for (const c of [second, nurse]) expect((await c.call('GET', '/api/account-changes')).status).to.equal(403);
    });

    it('Given an admin, when she creates an account with the auditor role or grants it to an account she created, then both are refused; another admin grants it', async () => {
      await server.addUser('admin-maker', ['admin']);
      await server.addUser('admin-other', ['admin']);
      const [maker, other] = await Promise.all([server.login('admin-maker'), server.login('admin-other')]);
      const body = { username: 'puppet', displayName: 'Nukke', roles: ['auditor'], password: 'a long enough Passw0rd!' };
      expect((await maker.call('POST', '/api/users', { body })).status).to.equal(403);
      const created = await maker.call('POST', '/api/users', { body: { ...body, roles: ['nurse'] } });
      expect(created.status).to.equal(201);
      expect((await maker.call('PATCH', `/api/users/${created.body.id}`, { body: { roles: ['nurse', 'auditor'] } })).status).to.equal(403);
      expect((await server.store.getUser(created.body.id))!.roles).to.deep.equal(['nurse']);
      expect((await other.call('PATCH', `/api/users/${created.body.id}`, { body: { roles: ['nurse', 'auditor'] } })).status).to.equal(200);
    });
  });
});
