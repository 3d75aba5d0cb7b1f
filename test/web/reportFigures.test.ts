/**
 * The managers' figures against hand-computed values: fifty paths moved through a two-step process
 * on a controllable clock. Every path starts and finishes its first step a whole number of minutes
 * apart, so each wait is an exact number of days and each row's place in the stalled list is known.
 */
import { expect } from 'chai';
import { FORM } from './support/form.js';
import { linearProcess } from './support/bpmn.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

const MIN = 60_000;
const DAY = 86_400_000;

describe('web: report figures on fifty paths with a controllable clock', function () {
  this.timeout(120_000);
  let server: TestServer;
  let manager: Client;
  let nurse: Client;
  let elapsed = 0;
  /** Moves the clock to `at` ms after the first start (real milliseconds passing in between are noise under a second). */
  const clockTo = (at: number) => {
    server.advance(at - elapsed);
    elapsed = at;
  };
  const ids: Record<string, string> = {};

  async function startPath(name: string): Promise<void> {
    const res = await nurse.call('POST', '/api/process-instances', { body: { processKey: 'figures', variables: { note: 'Fiktiivinen' } } });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    ids[name] = res.body.id;
  }

  async function completeCheck(name: string): Promise<void> {
    const tasks = await nurse.call('GET', `/api/tasks?processInstanceId=${ids[name]}`);
    const [t] = tasks.body.items as { id: string; version: number }[];
    const done = await nurse.call('POST', `/api/tasks/${t!.id}/complete`, { body: { data: FORM.valid, version: t!.version } });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
  }

  const names = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['owner', 'process-owner'],
      ['manager', 'manager'],
      ['nurse', 'nurse'],
    ] as const)
      await server.addUser(u, [r]);
    const owner = await server.login('owner');
    const xml = linearProcess('figures', [
      { id: 'check', name: 'Terveystarkastus', role: 'nurse', formKey: FORM.key, expectedDuration: 'P14D' },
      { id: 'assess', name: 'Arvio', role: 'doctor', expectedDuration: 'P7D' },
    ]);
    expect((await owner.call('POST', '/api/deployments', { body: { name: 'f.bpmn', xml } })).status).to.equal(201);
    nurse = await server.login('nurse');
    // Given A1..A20 started a minute apart from day 0, and B1..B30 from day 10.
    for (const [i, name] of names('A', 1, 20).entries()) {
      clockTo(i * MIN);
      await startPath(name);
    }
    // A1..A5 finish the check after exactly 3 days, A6..A10 after 5 days.
    for (const [i, name] of names('A', 1, 10).entries()) {
      clockTo((i < 5 ? 3 * DAY : 5 * DAY) + i * MIN);
      if (i === 0 || i === 5) nurse = await server.login('nurse'); // sessions last a working day
      await completeCheck(name);
    }
    clockTo(10 * DAY);
    nurse = await server.login('nurse');
    for (const [i, name] of names('B', 1, 30).entries()) {
      clockTo(10 * DAY + i * MIN);
      await startPath(name);
    }
    // B1..B5 finish the check after exactly 2 days.
    clockTo(12 * DAY);
    nurse = await server.login('nurse');
    for (const [i, name] of names('B', 1, 5).entries()) {
      clockTo(12 * DAY + i * MIN);
      await completeCheck(name);
    }
    clockTo(16 * DAY);
    manager = await server.login('manager');
  });
  after(() => server.close());

  it('Given day 16, When the manager reads the stalled list, Then exactly A1..A10 at the assessment and A11..A20 at the check come, most overdue first; no B path', async () => {
    const rows: { processInstanceId: string; activityId: string; overdueSeconds: number; canOpen: boolean }[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: typeof rows; nextCursor: string | null } } = await manager.call(
        'GET',
        `/api/reports/stalled?processKey=figures&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).to.equal(200);
      rows.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    expect(rows.map((r) => `${byId[r.processInstanceId]}:${r.activityId}`)).to.deep.equal([
      ...names('A', 1, 10).map((n) => `${n}:assess`),
      ...names('A', 11, 20).map((n) => `${n}:check`),
    ]);
    // A1 waits since day 3 at a 7-day step: 6 days late; A11 since minute 10 at a 14-day step: 2 days less 10 minutes.
    // (within 30 s: the real seconds the setup took pass on the clock too)
    expect(rows[0]!.overdueSeconds).to.be.within(6 * 86_400 - 30, 6 * 86_400 + 30);
    expect(rows[10]!.overdueSeconds).to.be.within(2 * 86_400 - 600 - 30, 2 * 86_400 - 600 + 30);
    expect(rows.every((r) => r.canOpen === false)).to.equal(true);
    const assessOnly = await manager.call('GET', '/api/reports/stalled?processKey=figures&activityId=assess&role=doctor');
    expect(assessOnly.body.items).to.have.length(10);
    expect((await manager.call('GET', '/api/reports/stalled?processKey=figures&role=case-manager')).body.items).to.deep.equal([]);
  });

  it('Given the same paths, When the manager reads the heatmap, Then the counts and nearest-rank median and p90 are the hand-computed ones', async () => {
    const heat = await manager.call('GET', '/api/reports/heatmap?processKey=figures');
    expect(heat.status).to.equal(200);
    // check: waiting A11..A20 and B6..B30 = 35; done 15: five of 2 d, five of 3 d, five of 5 d → median (8th) 3 d, p90 (14th) 5 d.
    expect(heat.body.activities.check).to.deep.equal({
      active: 35,
      completed: 15,
      medianWaitSeconds: 3 * 86_400,
      p90WaitSeconds: 5 * 86_400,
    });
    expect(heat.body.activities.assess).to.deep.equal({ active: 15, completed: 0, medianWaitSeconds: null, p90WaitSeconds: null });
    expect(heat.body.version).to.equal(1);
  });

  it('Given the same paths, When the manager reads referrals, the late digest and metrics, Then 50 started paths, the ten checks late since day 13, and no client data', async () => {
    const ref = await manager.call('GET', '/api/reports/referrals');
    const figures = (ref.body.items as { processKey: string; source: string | null; count: number }[]).filter(
      (i) => i.processKey === 'figures',
    );
    expect(figures.reduce((n, i) => n + i.count, 0)).to.equal(50);
    expect(figures.every((i) => i.source === null)).to.equal(true);
    const since = new Date(Date.now() + elapsed - 3 * DAY).toISOString();
    const digest = await manager.call('GET', `/api/reports/late-digest?since=${since}`);
    expect(digest.status, JSON.stringify(digest.body)).to.equal(200);
    const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    expect(
      digest.body.items.map((i: { processInstanceId: string; role: string }) => `${i.role}:${byId[i.processInstanceId]}`),
    ).to.deep.equal(names('A', 11, 20).map((n) => `nurse:${n}`));
    const metrics = await fetch(`${server.url}/metrics`).then((r) => r.text());
    expect(metrics).to.not.include('Fiktiivinen');
    for (const body of [ref.body, digest.body]) expect(JSON.stringify(body)).to.not.include('Fiktiivinen');
  });

  it('Given a nurse, When she asks for the late digest, Then only her roles come; a report is still 403 for her', async () => {
    nurse = await server.login('nurse');
    const mine = await nurse.call('GET', `/api/reports/late-digest?since=${new Date(Date.now() + elapsed - 3 * DAY).toISOString()}`);
    expect(mine.status).to.equal(200);
    expect(new Set(mine.body.items.map((i: { role: string }) => i.role))).to.deep.equal(new Set(['nurse']));
    expect((await nurse.call('GET', '/api/reports/heatmap?processKey=figures')).status).to.equal(403);
  });
});
