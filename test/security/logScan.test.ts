/**
 * No henkilötunnus in any server log line: a scenario here sends identity codes everywhere a
 * caller can put one, and after the whole run every line any test server wrote is scanned.
 */
import { expect } from 'chai';
import { linearProcess } from '../web/support/bpmn.js';
import { serverLogLines, startTestServer, type TestServer } from '../web/support/harness.js';

/** Identity-code shapes (valid, wrong check character, temporary); word-bounded so UUID fragments do not count. */
const HETU_SHAPE = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]\b/i;
const CODES = ['131052-308T', '010594Y9032', '131052A308U'];

/** Lines carrying anything shaped like a henkilötunnus, or the date-and-number digits of the codes used here. */
function offending(lines: string[]): string[] {
  return lines.filter((l) => HETU_SHAPE.test(l) || CODES.some((c) => l.includes(c.slice(0, 6) + c.slice(7, 10))));
}

describe('security: henkilötunnus in server logs', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    await server.addUser('nurse', ['nurse']);
  });
  after(() => server.close());

  it('Given identity codes in URLs, bodies, business keys, form data and a failing route, When sent, Then no log line carries one', async () => {
    const owner = await server.login('owner');
    const nurse = await server.login('nurse');
    await owner.call('POST', '/api/deployments', {
      body: { name: 'l.bpmn', xml: linearProcess('log-test', [{ id: 'consult', name: 'K', role: 'nurse', formKey: 'consultation-case' }]) },
    });
    const started = await nurse.call('POST', '/api/process-instances', {
      body: { processKey: 'log-test', variables: { note: `asiakas ${CODES[0]}` } },
    });
    const [task] = (await nurse.call('GET', `/api/tasks?processInstanceId=${started.body.id}`)).body.items;
    for (const code of CODES) {
      await nurse.call('GET', `/api/clients/${code}/timeline`);
      await nurse.call('GET', `/api/process-instances?processKey=${code}`);
      await nurse.call('GET', `/api/process-instances/${code}`);
      await nurse.call('POST', '/api/process-instances', { body: { processKey: 'log-test', businessKey: code } });
      await nurse.call('POST', '/api/process-instances', { body: { processKey: code } });
      await nurse.call('POST', `/api/tasks/${task.id}/complete`, {
        body: { data: { reasons: ['unsure-how-to-proceed'], question: `Asiakas ${code}`, askerRole: 'nurse' } },
      });
      await nurse.call('POST', '/api/session', { body: { username: code, password: code } });
    }
    expect(serverLogLines.length).to.be.greaterThan(10);
    // Digits masked in the failure message, so a failing run does not print the codes it found.
    expect(offending(serverLogLines).map((l) => l.replace(/\d/g, '#'))).to.deep.equal([]);
  });
});

// A root hook: runs once after every test file of the run, over every line every test server wrote.
after('no server log line of the whole run carries a henkilötunnus', () => {
  const found = offending(serverLogLines);
  if (found.length)
    throw new Error(
      `${found.length} server log lines carry a henkilötunnus-shaped value (first at index ${serverLogLines.indexOf(found[0]!)})`,
    );
});
