import { expect } from 'chai';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Answer, type Client, type TestServer } from './support/harness.js';
import { expectDocumentedShape } from './support/shapes.js';

const DAY = 24 * 3600 * 1000;

/** Three processes whose nurse task is due in 1 day, 5 days, or has no expected duration. */
const PROCESSES = [
  linearProcess('inbox-soon', [{ id: 'soon', name: 'Pian', role: 'nurse', expectedDuration: 'P1D' }]),
  linearProcess('inbox-later', [{ id: 'later', name: 'Myöhemmin', role: 'nurse', expectedDuration: 'P5D' }]),
  linearProcess('inbox-open', [{ id: 'whenever', name: 'Joskus', role: 'nurse' }]),
];

interface Item {
  id: string;
  processInstanceId: string;
  processKey: string;
  assignee: string | null;
  expectedBy: string | null;
  createdAt: string;
  clientRef: string | null;
  late: boolean;
}

describe('web: the inbox — filters, order, cursor and counts', () => {
  let server: TestServer;
  let nurse: Client;
  let nurse2: Client;
  const started: { id: string; clientRef: string; processKey: string }[] = [];

  before(async () => {
    server = await startTestServer();
    await server.addUser('owner', ['process-owner']);
    await server.addUser('nurse', ['nurse']);
    await server.addUser('nurse2', ['nurse']);
    const owner = await server.login('owner');
    [nurse, nurse2] = await Promise.all([server.login('nurse'), server.login('nurse2')]);
    for (const [i, xml] of PROCESSES.entries()) {
      const res = await owner.call('POST', '/api/deployments', { body: { name: `inbox-${i}.bpmn`, xml } });
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
    }
    // Two paths of each process, an hour apart, so created times and deadlines interleave.
    for (let round = 0; round < 2; round++) {
      for (const processKey of ['inbox-open', 'inbox-later', 'inbox-soon']) {
        const res = await nurse.call('POST', '/api/process-instances', { body: { processKey } });
        expect(res.status, JSON.stringify(res.body)).to.equal(201);
        started.push({ id: res.body.id, clientRef: res.body.clientRef, processKey });
        server.advance(3600 * 1000);
        // An hour idle ends a session (30 min): sign in again, as a worker would.
        nurse = await server.login('nurse');
      }
    }
    nurse2 = await server.login('nurse2');
  });
  after(() => server.close());

  async function all(client: Client, query: string, limit = 200): Promise<{ items: Item[]; pages: number }> {
    const items: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Answer = await client.call(
        'GET',
        `/api/tasks?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status, JSON.stringify(res.body)).to.equal(200);
      await expectDocumentedShape(server.url, 'TaskList', res.body);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    return { items, pages };
  }

  const ids = (items: Item[]) => items.map((t) => t.id);

  it('Given open tasks due at different times and some without a deadline, When the nurse pages with limit=2, Then the pages follow expectedBy (none last), createdAt, id without gaps or repeats', async () => {
    const paged = await all(nurse, 'assignee=any', 2);
    const whole = await all(nurse, 'assignee=any');
    expect(paged.pages).to.equal(3);
    expect(ids(paged.items)).to.deep.equal(ids(whole.items));
    expect(new Set(ids(paged.items)).size).to.equal(6);
    const keys = paged.items.map((t) => [t.expectedBy ?? '\uffff', t.createdAt, t.id].join('|'));
    expect(keys).to.deep.equal([...keys].sort());
    expect(paged.items.map((t) => t.processKey)).to.deep.equal([
      'inbox-soon',
      'inbox-soon',
      'inbox-later',
      'inbox-later',
      'inbox-open',
      'inbox-open',
    ]);
  });

  it("Given a task claimed by a colleague, When the nurse lists by default, with assignee=any and nurse2 with assignee=me, Then only 'any' shows it to the nurse and 'me' to nurse2", async () => {
    const [first] = (await all(nurse, 'assignee=any')).items;
    expect((await nurse2.call('POST', `/api/tasks/${first!.id}/claim`)).status).to.equal(200);
    try {
      expect(ids((await all(nurse, 'processKey=inbox-soon')).items)).to.not.include(first!.id);
      expect(ids((await all(nurse, 'assignee=any&processKey=inbox-soon')).items)).to.include(first!.id);
      expect(ids((await all(nurse2, 'assignee=me')).items)).to.deep.equal([first!.id]);
      expect(ids((await all(nurse, 'assignee=unassigned')).items)).to.have.length(5);
    } finally {
      await nurse2.call('POST', `/api/tasks/${first!.id}/unclaim`);
    }
  });

  it('Given paths of different clients, When the nurse filters by one clientRef, Then only that path’s task comes and every item carries its clientRef', async () => {
    const path = started[1]!;
    const items = (await all(nurse, `assignee=any&clientRef=${encodeURIComponent(path.clientRef)}`)).items;
    expect(items.map((t) => [t.processInstanceId, t.clientRef])).to.deep.equal([[path.id, path.clientRef]]);
    for (const t of (await all(nurse, 'assignee=any')).items) {
      expect(t.clientRef).to.equal(started.find((s) => s.id === t.processInstanceId)!.clientRef);
    }
  });

  it('Given the server clock moves two days on, When the nurse lists late tasks, Then the 1-day tasks are late (late=true in every list) and nothing else is', async () => {
    expect((await all(nurse, 'assignee=any&late=true')).items).to.have.length(0);
    expect((await all(nurse, 'assignee=any')).items.some((t) => t.late)).to.equal(false);
    server.advance(2 * DAY);
    // Sessions end with the days that passed: sign in again.
    [nurse, nurse2] = await Promise.all([server.login('nurse'), server.login('nurse2')]);
    const late = (await all(nurse, 'assignee=any&late=true')).items;
    expect(late.map((t) => t.processKey)).to.deep.equal(['inbox-soon', 'inbox-soon']);
    expect(late.every((t) => t.late)).to.equal(true);
    const flagged = (await all(nurse, 'assignee=any')).items.filter((t) => t.late);
    expect(ids(flagged)).to.deep.equal(ids(late));
  });

  it('Given a claimed task, When the counts are read (also per process and client), Then mine, unassigned, all and late match the lists', async () => {
    const [first] = (await all(nurse, 'assignee=any')).items;
    expect((await nurse.call('POST', `/api/tasks/${first!.id}/claim`)).status).to.equal(200);
    for (const filter of ['', 'processKey=inbox-soon', `clientRef=${encodeURIComponent(started[2]!.clientRef)}`]) {
      const counts = await nurse.call('GET', `/api/tasks/counts?${filter}`);
      expect(counts.status, JSON.stringify(counts.body)).to.equal(200);
      await expectDocumentedShape(server.url, 'TaskCounts', counts.body);
      const lists = {
        mine: (await all(nurse, `assignee=me&${filter}`)).items.length,
        unassigned: (await all(nurse, `assignee=unassigned&${filter}`)).items.length,
        all: (await all(nurse, `assignee=any&${filter}`)).items.length,
        late: (await all(nurse, `assignee=any&late=true&${filter}`)).items.length,
      };
      expect(counts.body, filter).to.deep.equal(lists);
    }
    expect((await nurse.call('GET', '/api/tasks/counts')).body).to.deep.equal({ mine: 1, unassigned: 5, all: 6, late: 2 });
    expect((await nurse2.call('GET', '/api/tasks/counts')).body).to.deep.equal({ mine: 0, unassigned: 5, all: 6, late: 2 });
  });

  it('Given a forged cursor or an unknown assignee filter, When the tasks are listed, Then the answer is 400', async () => {
    expect((await nurse.call('GET', '/api/tasks?cursor=bm90LWEtY3Vyc29y')).status).to.equal(400);
    expect((await nurse.call('GET', '/api/tasks?assignee=everyone')).status).to.equal(400);
    expect((await nurse.call('GET', '/api/tasks/counts?state=open')).status).to.equal(400);
  });

  it('Given a task a colleague completed, When the nurse lists completed tasks without an assignee filter, Then it is there with late false', async () => {
    const [task] = (await all(nurse2, 'processKey=inbox-open')).items;
    expect((await nurse2.call('POST', `/api/tasks/${task!.id}/complete`, { body: { data: {} } })).status).to.equal(200);
    const done = (await all(nurse, 'state=completed')).items;
    expect(done.map((t) => [t.id, t.late])).to.deep.equal([[task!.id, false]]);
    expect(ids((await all(nurse, 'assignee=any')).items)).to.not.include(task!.id);
  });
});
