/**
 * Hostile requests against a real server and SQLite store: each gets a clear 4xx, the server stays
 * healthy, and the store is byte-for-byte the same before and after the whole barrage.
 */
import { expect } from 'chai';
import { linearProcess, XXE_BPMN } from '../web/support/bpmn.js';
import { anonymous, type Answer, type Client, startTestServer, type TestServer } from '../web/support/harness.js';
import { raw, storeDigest } from './support.js';

const HETU = '131052-308T';
const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x"><bpmn:process id="lol" isExecutable="true"><bpmn:startEvent id="s" name="&lol4;" /></bpmn:process></bpmn:definitions>`;

/** A lint-clean process with a script task in place of its first step. */
const scriptTask = (lang: string) =>
  linearProcess('scripted', [{ id: 'a', name: 'A', role: 'nurse' }])
    .replace(
      /<bpmn:userTask ([^>]*)>/,
      `<bpmn:scriptTask id="a" name="A" scriptFormat="${lang}"><bpmn:script>require('child_process').execSync('id')</bpmn:script>`,
    )
    .replace('</bpmn:userTask>', '</bpmn:scriptTask>');

const conditionScript = linearProcess('cond-script', [{ id: 'a', name: 'A', role: 'nurse' }])
  .replace(
    '<bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="end" />',
    '<bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">process.exit(1)</bpmn:conditionExpression></bpmn:sequenceFlow>',
  )
  .replace('xmlns:camunda=', 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda=');

describe('security: hostile requests', function () {
  this.timeout(60_000);
  let server: TestServer;
  let owner: Client;
  let nurseOn: Client;
  let nurseOff: Client;
  let manager: Client;
  let pathId: string;
  let clientRef: string;
  let taskId: string;
  let consultTaskId: string;

  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['owner', 'process-owner'],
      ['nurse-on', 'nurse'],
      ['doctor-off', 'doctor'],
      ['manager', 'manager'],
    ] as const)
      await server.addUser(u, [r]);
    [owner, nurseOn, nurseOff, manager] = await Promise.all(['owner', 'nurse-on', 'doctor-off', 'manager'].map((u) => server.login(u)));
    const xml = linearProcess('hostile-test', [
      { id: 'consult', name: 'Konsultaatio', role: 'case-manager', formKey: 'consultation-case' },
      { id: 'check', name: 'Tarkastus', role: 'nurse', formKey: 'checklist' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'h.bpmn', xml } })).status).to.equal(201);
    const consultXml = linearProcess('consult-test', [
      { id: 'consult', name: 'Konsultaatio', role: 'nurse', formKey: 'consultation-case' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'c.bpmn', xml: consultXml } })).status).to.equal(201);
    const started = await nurseOn.call('POST', '/api/process-instances', { body: { processKey: 'consult-test' } });
    expect(started.status).to.equal(201);
    pathId = started.body.id;
    clientRef = started.body.clientRef;
    consultTaskId = (await nurseOn.call('GET', `/api/tasks?processInstanceId=${pathId}`)).body.items[0].id;
    taskId = consultTaskId;
  });
  after(() => server.close());

  const json = { 'content-type': 'application/json' };
  const withSession = (c: Client, extra: Record<string, string> = {}) => ({
    cookie: c.cookie!,
    'x-csrf-token': c.csrfToken!,
    ...json,
    ...extra,
  });

  /** A start request by the nurse, with this body sent as it is. */
  const startRaw = (body: string | Buffer) => raw(server.url, 'POST', '/api/process-instances', withSession(nurseOn), body);

  /** [what, the request] — each must answer 4xx. */
  const hostile: [string, () => Promise<{ status: number } | Answer>][] = [
    ['malformed JSON', () => startRaw('{"processKey":')],
    ['JSON with trailing garbage', () => startRaw('{"processKey":"x"} x')],
    ['a JSON array as the body', () => startRaw('[1,2,3]')],
    ['a body over 1 MiB', () => startRaw(JSON.stringify({ processKey: 'x', variables: { pad: 'a'.repeat(1_100_000) } }))],
    ['invalid UTF-8 bytes', () => startRaw(Buffer.concat([Buffer.from('{"processKey":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]))],
    [
      'an overlong UTF-8 encoding of "/"',
      () => startRaw(Buffer.concat([Buffer.from('{"processKey":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')])),
    ],
    [
      'a UTF-8 encoded lone surrogate',
      () => startRaw(Buffer.concat([Buffer.from('{"processKey":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')])),
    ],
    [
      'variables nested 10 000 deep',
      () => startRaw(`{"processKey":"consult-test","variables":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`),
    ],
    [
      'a form-encoded body',
      () =>
        raw(
          server.url,
          'POST',
          '/api/process-instances',
          withSession(nurseOn, { 'content-type': 'application/x-www-form-urlencoded' }),
          'processKey=consult-test',
        ),
    ],
    ['an XXE BPMN', () => owner.call('POST', '/api/deployments', { body: { name: 'x.bpmn', xml: XXE_BPMN } })],
    ['a billion-laughs BPMN', () => owner.call('POST', '/api/deployments', { body: { name: 'b.bpmn', xml: BILLION_LAUGHS } })],
    [
      'a JavaScript script task in a diagram',
      () => owner.call('POST', '/api/deployments', { body: { name: 's.bpmn', xml: scriptTask('javascript') } }),
    ],
    [
      'a Groovy script task in a diagram',
      () => owner.call('POST', '/api/deployments', { body: { name: 'g.bpmn', xml: scriptTask('groovy') } }),
    ],
    [
      'a JavaScript condition in a diagram',
      () => owner.call('POST', '/api/deployments', { body: { name: 'c.bpmn', xml: conditionScript } }),
    ],
    ['a diagram that is not XML', () => owner.call('POST', '/api/deployments', { body: { name: 'n.bpmn', xml: '<<<not xml' } })],
    ['__proto__ in variables', () => startRaw('{"processKey":"consult-test","variables":{"__proto__":{"admin":true}}}')],
    [
      'constructor.prototype in task data',
      () => nurseOn.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: { constructor: { prototype: { x: 1 } } } } }),
    ],
    ['a $gt operator as processKey', () => nurseOn.call('POST', '/api/process-instances', { body: { processKey: { $gt: '' } } })],
    [
      'a $gt operator as username',
      () => anonymous(server.url).call('POST', '/api/session', { body: { username: { $gt: '' }, password: 'x' } }),
    ],
    ['a $where query parameter', () => nurseOn.call('GET', '/api/tasks?processKey[$where]=1')],
    ['a $ne operator in the query', () => nurseOn.call('GET', '/api/process-instances?state[$ne]=x')],
    [
      'a POST without the CSRF header',
      () => nurseOn.call('POST', '/api/process-instances', { body: { processKey: 'consult-test' }, csrf: false }),
    ],
    [
      'a POST with a wrong CSRF header',
      () =>
        raw(
          server.url,
          'POST',
          '/api/process-instances',
          { ...withSession(nurseOn), 'x-csrf-token': 'forged' },
          '{"processKey":"consult-test"}',
        ),
    ],
    [
      'a cross-site form post',
      () =>
        raw(
          server.url,
          'POST',
          '/api/process-instances',
          { cookie: nurseOn.cookie!, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
          'processKey=consult-test',
        ),
    ],
    [
      'a cross-site text/plain post',
      () =>
        raw(
          server.url,
          'POST',
          '/api/process-instances',
          { cookie: nurseOn.cookie!, origin: 'https://evil.example', 'content-type': 'text/plain' },
          '{"processKey":"consult-test"}',
        ),
    ],
    [
      'a cross-site JSON post without CSRF',
      () =>
        raw(server.url, 'POST', `/api/tasks/${taskId}/claim`, { cookie: nurseOn.cookie!, origin: 'https://evil.example', ...json }, '{}'),
    ],
    ['a planted session id (fixation)', () => raw(server.url, 'GET', '/api/session', { cookie: `polku_session=${'A'.repeat(43)}` })],
    [
      'a planted session id signing out',
      () => raw(server.url, 'DELETE', '/api/session', { cookie: `polku_session=${'A'.repeat(43)}`, 'x-csrf-token': 'x' }),
    ],
    ['path traversal in a process key', () => nurseOn.call('GET', '/api/process-definitions/..%2F..%2F..%2Fetc%2Fpasswd/xml')],
    ['path traversal in a form key', () => nurseOn.call('GET', '/api/forms/..%2F..%2Fpackage.json')],
    ['path traversal in a client key', () => nurseOn.call('GET', '/api/clients/..%2F..%2Fetc/timeline')],
    ['path traversal in an instance id', () => nurseOn.call('GET', '/api/process-instances/..%2F..%2Fpolku.sqlite')],
    ['a henkilötunnus in the URL path', () => nurseOn.call('GET', `/api/clients/${HETU}/timeline`)],
    ['a henkilötunnus in the query', () => nurseOn.call('GET', `/api/process-instances?processKey=${HETU}`)],
    [
      'a henkilötunnus in a business key',
      () => nurseOn.call('POST', '/api/process-instances', { body: { processKey: 'consult-test', businessKey: `asiakas ${HETU}` } }),
    ],
    [
      'a henkilötunnus in a consultation case',
      () =>
        nurseOn.call('POST', `/api/tasks/${consultTaskId}/complete`, {
          body: { data: { reasons: ['unsure-how-to-proceed'], question: `Asiakas ${HETU} tarvitsee apua`, askerRole: 'nurse' } },
        }),
    ],
    [
      'attaching a new path to another client',
      () => nurseOff.call('POST', '/api/process-instances', { body: { processKey: 'consult-test', clientRef } }),
    ],
    [
      'a clientRef forged in the variables',
      () => nurseOff.call('POST', '/api/process-instances', { body: { processKey: 'consult-test', variables: { clientRef } } }),
    ],
    [
      'a responsible person forged in the variables',
      () =>
        nurseOff.call('POST', '/api/process-instances', {
          body: { processKey: 'consult-test', variables: { responsiblePerson: 'doctor-off' } },
        }),
    ],
    [
      'a starter forged in the variables',
      () =>
        nurseOn.call('POST', '/api/process-instances', { body: { processKey: 'consult-test', variables: { startedBy: 'someone-else' } } }),
    ],
    [
      'an organisation forged in a message',
      () => nurseOn.call('POST', `/api/process-instances/${pathId}/messages`, { body: { name: 'x', variables: { organisation: 'kela' } } }),
    ],
    [
      'a clientRef forged in task data',
      () => nurseOn.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: { clientRef: 'C-OTHER' } } }),
    ],
    ['a worker never on the path reading it', () => nurseOff.call('GET', `/api/process-instances/${pathId}`)],
    ['a worker never on the path reading its timeline', () => nurseOff.call('GET', `/api/clients/${clientRef}/timeline`)],
    ['a worker never on the path reading its access log', () => nurseOff.call('GET', `/api/clients/${clientRef}/access-log`)],
    ['a manager asking for the TTS', () => manager.call('GET', `/api/process-instances/${pathId}/documents/tts.pdf`)],
    ['a manager asking for the consent', () => manager.call('GET', `/api/process-instances/${pathId}/consent`)],
    [
      'an unknown field in the start body',
      () => nurseOn.call('POST', '/api/process-instances', { body: { processKey: 'consult-test', admin: true } }),
    ],
    ['a forged list cursor', () => nurseOn.call('GET', '/api/tasks?cursor=%7B%22%24gt%22%3A1%7D')],
    ['a limit far over the maximum', () => nurseOn.call('GET', '/api/tasks?limit=100000')],
    [
      'a nurse creating a user',
      () =>
        nurseOn.call('POST', '/api/users', {
          body: { username: 'evil', displayName: 'Evil', roles: ['admin'], password: 'pitkä pitkä salasana' },
        }),
    ],
    ['a role that does not exist', () => nurseOn.call('PATCH', '/api/users/whoever', { body: { roles: ['root'] } })],
  ];

  it(`Given ${hostile.length} hostile requests, When each is sent, Then each gets a 4xx, the server stays healthy and the store is unchanged`, async () => {
    expect(hostile.length).to.be.greaterThanOrEqual(40);
    const before = storeDigest(server.store);
    for (const [what, send] of hostile) {
      const res = await send();
      expect(res.status, what).to.be.within(400, 499);
      const health = await fetch(server.url + '/healthz');
      expect(health.status, `healthy after: ${what}`).to.equal(200);
    }
    expect(({} as Record<string, unknown>).admin, 'Object.prototype untouched').to.equal(undefined);
    expect(storeDigest(server.store), 'the store digest').to.equal(before);
  });

  it('Given a planted session cookie, When the user signs in, Then the session is a new one and the planted id stays unknown', async () => {
    const planted = `polku_session=${'B'.repeat(43)}`;
    const res = await fetch(server.url + '/api/session', {
      method: 'POST',
      headers: { ...json, cookie: planted },
      body: JSON.stringify({ username: 'doctor-off', password: 'correct horse battery' }),
    });
    expect(res.status).to.equal(200);
    expect(res.headers.get('set-cookie')).to.not.include('B'.repeat(43));
    expect((await raw(server.url, 'GET', '/api/session', { cookie: planted })).status).to.equal(401);
  });
});
