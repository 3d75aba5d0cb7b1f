/**
 * The authorisation matrix: every endpoint that touches client data (and a few that do not) ×
 * every role × the caller's relation to the path (on it now, was on it, never on it). Each cell
 * asserts the status, and that the access log grew exactly when client data came back.
 */
import Database from 'better-sqlite3';
import { expect } from 'chai';
import type { SqliteStore } from '../../engine/store/sqlite/index.js';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Answer, type Client, type TestServer } from './support/harness.js';

const WORKERS = ['nurse', 'doctor', 'case-manager', 'kela', 'social-worker', 'team'] as const;
const OVERSIGHT = ['manager', 'process-owner', 'auditor'] as const;
const OTHERS = ['admin', 'client'] as const;
const ROLES = [...WORKERS, ...OVERSIGHT, ...OTHERS];
const RELATIONS = ['on', 'was', 'never'] as const;
type Relation = (typeof RELATIONS)[number];
type Kind = 'worker' | 'report' | 'auditor' | 'other';

function kindOf(role: string): Kind {
  if ((WORKERS as readonly string[]).includes(role)) return 'worker';
  if (role === 'auditor') return 'auditor';
  if ((OVERSIGHT as readonly string[]).includes(role)) return 'report';
  return 'other';
}

interface Target {
  id: string;
  clientRef: string;
  taskId: string;
}

interface Endpoint {
  name: string;
  call: (c: Client, t: Target) => Promise<Answer>;
  /** The expected status for a caller of this kind in this relation (workers only have relations). */
  expect: (kind: Kind, rel: Relation) => number;
  /** True when the answer carries client data (or the call changed it). */
  clientData: (res: Answer, t: Target) => boolean;
}

const hasVariables = (res: Answer) => res.status === 200 && Object.keys(res.body.variables ?? {}).length > 0;
const onlyOnNow = (ok: number) => (kind: Kind, rel: Relation) => (kind === 'worker' && rel === 'on' ? ok : 404);

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /process-instances/{id}',
    call: (c, t) => c.call('GET', `/api/process-instances/${t.id}`),
    expect: (kind, rel) => (kind === 'worker' ? (rel === 'on' ? 200 : 404) : kind === 'other' ? 404 : 200),
    clientData: hasVariables,
  },
  {
    name: 'GET /process-instances (the path in the list)',
    call: (c) => c.call('GET', '/api/process-instances?limit=200'),
    expect: () => 200,
    clientData: (res) => res.body.items.some((i: { variables: object }) => Object.keys(i.variables).length > 0),
  },
  {
    name: 'GET /process-instances/{id}/consent',
    call: (c, t) => c.call('GET', `/api/process-instances/${t.id}/consent`),
    expect: onlyOnNow(200),
    clientData: (res) => res.status === 200,
  },
  {
    name: 'GET /process-instances/{id}/documents/tts.pdf (no TTS yet)',
    call: (c, t) => c.call('GET', `/api/process-instances/${t.id}/documents/tts.pdf`),
    expect: () => 404,
    clientData: (res) => res.status === 200,
  },
  {
    name: 'GET /tasks/{id} (a task of a role nobody here holds)',
    call: (c, t) => c.call('GET', `/api/tasks/${t.taskId}`),
    expect: () => 404,
    clientData: (res) => res.status === 200,
  },
  {
    name: 'GET /clients/{ref}/timeline',
    call: (c, t) => c.call('GET', `/api/clients/${t.clientRef}/timeline`),
    expect: onlyOnNow(200),
    clientData: (res) => res.status === 200,
  },
  {
    name: 'GET /clients/{ref}/access-log',
    call: (c, t) => c.call('GET', `/api/clients/${t.clientRef}/access-log`),
    expect: (kind) => (kind === 'auditor' ? 200 : 404),
    clientData: (res) => res.status === 200,
  },
  {
    name: 'POST /process-instances/{id}/messages with a forged organisation',
    call: (c, t) => c.call('POST', `/api/process-instances/${t.id}/messages`, { body: { name: 'x', variables: { organisation: 'kela' } } }),
    expect: (kind, rel) => (kind === 'worker' ? (rel === 'on' ? 400 : 404) : kind === 'other' ? 404 : 403),
    clientData: () => false,
  },
  {
    name: 'POST /tasks/{id}/complete with a forged clientRef',
    call: (c, t) => c.call('POST', `/api/tasks/${t.taskId}/complete`, { body: { data: { clientRef: 'C-FORGED' } } }),
    expect: () => 404,
    clientData: () => false,
  },
  {
    name: 'POST /process-instances joining the client',
    call: (c, t) => c.call('POST', '/api/process-instances', { body: { processKey: 'matrix-test', clientRef: t.clientRef } }),
    expect: (kind, rel) => (kind === 'worker' ? (rel === 'on' ? 201 : 404) : 403),
    // A change of client data: logged in its own commit whenever it happens.
    clientData: (res) => res.status === 201,
  },
  {
    name: 'GET /reports/stalled',
    call: (c) => c.call('GET', '/api/reports/stalled'),
    expect: (kind) => (kind === 'report' ? 200 : 403),
    clientData: () => false,
  },
  {
    name: 'GET /users',
    call: (c) => c.call('GET', '/api/users'),
    expect: (kind) => (kind === 'other' ? -1 : 403),
    clientData: () => false,
  },
];

describe('web: the authorisation matrix', function () {
  this.timeout(120_000);
  let server: TestServer;
  const clients = new Map<string, Client>();
  const on = new Map<string, Target>();
  const was = new Map<string, Target>();

  function auditRows(): number {
    const db = new Database((server.store as SqliteStore).file, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }

  async function startAs(user: string): Promise<Target> {
    const c = clients.get(user)!;
    const started = await c.call('POST', '/api/process-instances', { body: { processKey: 'matrix-test' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    const [task] = await server.store.listTasks({ instanceId: started.body.id, state: 'open' });
    return { id: started.body.id, clientRef: started.body.clientRef, taskId: task!.id };
  }

  before(async () => {
    server = await startTestServer();
    await server.addUser('owner-setup', ['process-owner']);
    for (const role of ROLES) for (const rel of RELATIONS) await server.addUser(`${role}-${rel}`, [role]);
    const owner = await server.login('owner-setup');
    // The one task belongs to a role no matrix user holds, so only starting the path puts a worker on it.
    const xml = linearProcess('matrix-test', [{ id: 'wait', name: 'Odottaa', role: 'rehabilitation-counsellor', expectedDuration: 'P1D' }]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'm.bpmn', xml } })).status).to.equal(201);
    for (const role of ROLES) for (const rel of RELATIONS) clients.set(`${role}-${rel}`, await server.login(`${role}-${rel}`));
    for (const role of WORKERS) {
      on.set(role, await startAs(`${role}-on`));
      const ended = await startAs(`${role}-was`);
      expect((await clients.get(`${role}-was`)!.call('POST', `/api/process-instances/${ended.id}/cancel`, { body: {} })).status).to.equal(
        200,
      );
      was.set(role, ended);
    }
  });
  after(() => server.close());

  function targetOf(role: string, rel: Relation): Target {
    const worker = (WORKERS as readonly string[]).includes(role);
    if (rel === 'on') return on.get(worker ? role : 'nurse')!;
    if (rel === 'was') return was.get(worker ? role : 'nurse')!;
    return on.get(role === 'nurse' ? 'doctor' : 'nurse')!;
  }

  /** Each call of a relation beyond on / was / never: the status expected, and whether client data comes back. */
  interface Probe {
    name: string;
    call: (c: Client, t: Target) => Promise<Answer>;
    status: number;
    data?: (res: Answer) => boolean;
  }

  /** Runs the probes as `c` against `t`; the access log must grow exactly with client data. */
  async function probe(c: Client, t: Target, probes: Probe[]): Promise<string[]> {
    const problems: string[] = [];
    for (const p of probes) {
      const before = auditRows();
      const res = await p.call(c, t);
      const grew = auditRows() > before;
      const data = p.data?.(res) ?? false;
      if (res.status !== p.status) problems.push(`${p.name}: status ${res.status}, expected ${p.status}`);
      if (grew !== data) problems.push(`${p.name}: log grew ${grew} but client data returned ${data}`);
      if (res.status === 200 && res.body?.businessKey) problems.push(`${p.name}: business key shown`);
    }
    return problems;
  }

  /** Reads and acts that need taking part in the path or being its responsible person. */
  const PART_ONLY: Probe[] = [
    { name: 'GET consent', call: (c, t) => c.call('GET', `/api/process-instances/${t.id}/consent`), status: 404 },
    { name: 'GET forms', call: (c, t) => c.call('GET', `/api/process-instances/${t.id}/forms`), status: 404 },
    { name: 'GET timeline', call: (c, t) => c.call('GET', `/api/clients/${t.clientRef}/timeline`), status: 404 },
    { name: 'GET access-log', call: (c, t) => c.call('GET', `/api/clients/${t.clientRef}/access-log`), status: 404 },
    { name: 'GET export', call: (c, t) => c.call('GET', `/api/clients/${t.clientRef}/export`), status: 404 },
  ];

  it('holds the role of an open task: sees the task and the pseudonym before claiming, none of the path, and may not cancel or message it', async () => {
    // A path of the doctor's with an open nurse step: the nurse who never was on it holds its role.
    const owner = await server.login('owner-setup');
    const xml = linearProcess('matrix-open', [{ id: 'check', name: 'Tarkastus', role: 'nurse', expectedDuration: 'P1D' }]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'o.bpmn', xml } })).status).to.equal(201);
    const doctor = clients.get('doctor-on')!;
    const started = await doctor.call('POST', '/api/process-instances', { body: { processKey: 'matrix-open', businessKey: 'asia 9' } });
    const [task] = await server.store.listTasks({ instanceId: started.body.id, state: 'open' });
    const target = { id: started.body.id, clientRef: started.body.clientRef, taskId: task!.id };
    const problems = await probe(clients.get('nurse-never')!, target, [
      { name: 'GET task', call: (c, t) => c.call('GET', `/api/tasks/${t.taskId}`), status: 200, data: () => true },
      { name: 'GET instance', call: (c, t) => c.call('GET', `/api/process-instances/${t.id}`), status: 200, data: hasVariables },
      ...PART_ONLY,
      { name: 'POST cancel', call: (c, t) => c.call('POST', `/api/process-instances/${t.id}/cancel`, { body: {} }), status: 403 },
      {
        name: 'POST message',
        call: (c, t) => c.call('POST', `/api/process-instances/${t.id}/messages`, { body: { name: 'x' } }),
        status: 403,
      },
    ]);
    expect(problems).to.deep.equal([]);
    expect((await server.store.getInstance(target.id))!.state).to.equal('running');
  });

  it('display-name namesake: an account named like a responsible person given by name only reads nothing of the path', async () => {
    const nurse = clients.get('nurse-on')!;
    const target = on.get('nurse')!;
    const owner = await server.login('owner-setup');
    const xml = linearProcess('matrix-named', [{ id: 'wait', name: 'Odottaa', role: 'nurse', message: 'named' }]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'n.bpmn', xml } })).status).to.equal(201);
    const started = await nurse.call('POST', '/api/process-instances', {
      body: { processKey: 'matrix-named', clientRef: target.clientRef },
    });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    // Written past every use case, as older data or a mapping could have it: a name and no account.
    await server.engine.deliverMessage(started.body.id, 'named', {
      responsiblePerson: { title: 'Hoitaja', name: 'doctor-never (fictional)' },
    });
    // A worker of that display name, never on the path: a name is no account.
    for (const user of ['doctor-never']) {
      const problems = await probe(clients.get(user)!, { ...target, id: started.body.id }, [
        { name: 'GET instance', call: (c, t) => c.call('GET', `/api/process-instances/${t.id}`), status: 404 },
        ...PART_ONLY,
      ]);
      expect(problems, user).to.deep.equal([]);
    }
  });

  it('self-granted role: an admin cannot grant herself the auditor role, and so exports and reads no client', async () => {
    const admin = clients.get('admin-never')!;
    const me = ((await admin.call('GET', '/api/users')).body.items as { id: string; username: string }[]).find(
      (u) => u.username === 'admin-never',
    )!;
    const problems = await probe(admin, on.get('nurse')!, [
      {
        name: 'PATCH own roles +auditor',
        call: (c) => c.call('PATCH', `/api/users/${me.id}`, { body: { roles: ['admin', 'auditor'] } }),
        status: 403,
      },
      {
        name: 'PATCH own roles +nurse',
        call: (c) => c.call('PATCH', `/api/users/${me.id}`, { body: { roles: ['admin', 'nurse'] } }),
        status: 403,
      },
      ...PART_ONLY,
    ]);
    expect(problems).to.deep.equal([]);
    expect((await server.store.getUser(me.id))!.roles).to.deep.equal(['admin']);
  });

  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.name}: every role × on / was / never gives the expected status, and the log grows exactly with client data`, async () => {
      const problems: string[] = [];
      for (const role of ROLES) {
        for (const rel of RELATIONS) {
          const kind = kindOf(role);
          const expected = endpoint.name === 'GET /users' ? (role === 'admin' ? 200 : 403) : endpoint.expect(kind, rel);
          const target = targetOf(role, rel);
          const before = auditRows();
          const res = await endpoint.call(clients.get(`${role}-${rel}`)!, target);
          const grew = auditRows() > before;
          const data = endpoint.clientData(res, target);
          if (res.status !== expected) problems.push(`${role}/${rel}: status ${res.status}, expected ${expected}`);
          if (grew !== data) problems.push(`${role}/${rel}: log grew ${grew} but client data returned ${data}`);
          if (kind !== 'worker' && res.status === 200 && res.body?.businessKey) problems.push(`${role}/${rel}: business key shown`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
