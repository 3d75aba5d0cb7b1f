/**
 * Feature: the change in clients' self-rated work ability for managers (issue 23): median and
 * quartiles at the start, at the latest follow-up and of the change, per municipality and per
 * process, from paths walked through the real engine; small groups show their count only.
 */
import { expect } from 'chai';
import { quantile } from '../../engine/usecases/workAbilityReport.js';
import { pathAtStartMeasure, pathWithScores } from '../support/workAbilityPaths.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';
import { deployPolkuProcesses } from '../processes/support/steps.js';

describe('web: the work-ability change report (GET /api/reports/work-ability)', function () {
  this.timeout(120_000);
  let server: TestServer;
  let manager: Client;

  before(async () => {
    server = await startTestServer();
    await deployPolkuProcesses(server.engine);
    await server.addUser('manager', ['manager']);
    await server.addUser('coordinator', ['work-ability-coordinator']);
    // Kajaani: four followed up (3→5, 4→7, 2→2, 6→5) and one not yet; Sotkamo: two followed up, too few to show.
    for (const [start, now] of [
      [3, 5],
      [4, 7],
      [2, 2],
      [6, 5],
    ] as const)
      await pathWithScores(server.engine, 'Kajaani', start, now);
    await pathWithScores(server.engine, 'Kajaani', 5, null);
    await pathWithScores(server.engine, 'Sotkamo', 1, 9);
    await pathWithScores(server.engine, 'Sotkamo', 8, 2);
    await pathAtStartMeasure(server.engine, 'Kuhmo'); // no measure yet: not counted
    manager = await server.login('manager');
  });
  after(() => server.close());

  it('Given the sorted values 0, 1, 2, 3, When the quartiles are taken, Then they interpolate linearly (0.8, 1.5, 2.3)', () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([0, 1, 2, 3], p))).to.deep.equal([0.8, 1.5, 2.3]);
  });

  it("Given Kajaani's four followed-up paths, When the manager asks, Then the change is median 1 (quartiles −0.2 … 2.3) and the start and follow-up medians 3.5 and 5", async () => {
    const res = await manager.call('GET', '/api/reports/work-ability');
    expect(res.status).to.equal(200);
    const kajaani = res.body.byMunicipality.find((m: { municipality: string }) => m.municipality === 'Kajaani');
    expect(kajaani).to.deep.equal({
      municipality: 'Kajaani',
      started: 5,
      followedUp: 4,
      start: { q1: 2.8, median: 3.5, q3: 4.5 },
      latest: { q1: 4.3, median: 5, q3: 5.5 },
      change: { q1: -0.2, median: 1, q3: 2.3 },
    });
  });

  it('Given Sotkamo with two followed-up paths, When the manager asks, Then only the counts show: no figure is one or two persons', async () => {
    const { body } = await manager.call('GET', '/api/reports/work-ability');
    const sotkamo = body.byMunicipality.find((m: { municipality: string }) => m.municipality === 'Sotkamo');
    expect(sotkamo).to.deep.equal({ municipality: 'Sotkamo', started: 2, followedUp: 2, start: null, latest: null, change: null });
    expect(body.minGroup).to.equal(3);
  });

  it('Given all paths in one regional process, When split by process, Then the Kainuu path counts seven started and six followed up, and no path id or name is in the answer', async () => {
    const { body } = await manager.call('GET', '/api/reports/work-ability');
    expect(body.byProcess).to.have.length(1);
    expect(body.byProcess[0]).to.include({ processKey: 'work-ability-backbone', region: 'kainuu', started: 7, followedUp: 6 });
    expect(body.total.change).to.deep.equal({ q1: -0.7, median: 1, q3: 2.8 });
    expect(JSON.stringify(body)).to.not.match(/[0-9a-f]{8}-[0-9a-f]{4}-|clientRef|username/);
  });

  it('Given a work-ability coordinator, When they ask for the report, Then the answer is 403', async () => {
    const coordinator = await server.login('coordinator');
    expect((await coordinator.call('GET', '/api/reports/work-ability')).status).to.equal(403);
  });
});
