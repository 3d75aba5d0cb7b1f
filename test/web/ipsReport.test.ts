/** Feature: the IPS report (DOMAIN §7–8) reproduces the pilot's figures from a store built to its numbers. */
import { expect } from 'chai';
import { PILOT, SOURCES, seedIpsPilot } from '../support/ipsPilot.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: the supported-employment (IPS) report', () => {
  let server: TestServer;
  let manager: Client;

  before(async () => {
    server = await startTestServer();
    await server.addUser('manager', ['manager']);
    await server.addUser('coach', ['job-coach']);
    await seedIpsPilot(server.store);
    manager = await server.login('manager');
  });
  after(() => server.close());

  it("Given the pilot's 87 clients, When the manager asks for the IPS report, Then 47 persons employed = 0.54 and 70 jobs", async () => {
    const res = await manager.call('GET', '/api/reports/ips');
    expect(res.status).to.equal(200);
    expect(res.body.total).to.deep.equal({
      clients: 87,
      employedPersons: 47,
      jobs: 70,
      employmentRatio: 0.54,
      jobsPerEmployedPerson: 1.49,
    });
  });

  it("Given the pilot's sources, When the report is split by source, Then each of the eight has the pilot's number of persons", async () => {
    const { body } = await manager.call('GET', '/api/reports/ips');
    const persons = Object.fromEntries(
      body.bySource.map((s: { referralSource: string; clients: number }) => [s.referralSource, s.clients]),
    );
    const expected = Object.fromEntries(SOURCES.map((s, i) => [s, PILOT.Rovaniemi.persons[i]! + PILOT.Kemijärvi.persons[i]!]));
    expect(persons).to.deep.equal(expected);
    expect(expected).to.deep.equal({
      'social-services': 16,
      'disability-services': 12,
      'te-services': 14,
      'employment-trial': 24,
      'health-care': 5,
      school: 3,
      self: 7,
      other: 6,
    });
    expect(body.bySource.reduce((n: number, s: { jobs: number }) => n + s.jobs, 0)).to.equal(70);
  });

  it('Given two municipalities, When the report is split by municipality, Then Rovaniemi has 0.56 and Kemijärvi 0.47, and no pseudonym is in the answer', async () => {
    const { body } = await manager.call('GET', '/api/reports/ips');
    const by = Object.fromEntries(body.byMunicipality.map((m: { municipality: string }) => [m.municipality, m]));
    expect(by.Rovaniemi).to.include({ clients: 70, employedPersons: 39, employmentRatio: 0.56 });
    expect(by['Kemijärvi']).to.include({ clients: 17, employedPersons: 8, employmentRatio: 0.47 });
    expect(JSON.stringify(body)).to.not.include('client-ips');
  });

  it("Given the pilot's jobs, When the report gives the jobs table, Then sector × pay subsidy and apprenticeships are the pilot's Table 2 (23/9, 13/9, 3/11, 2 = 70)", async () => {
    const { body } = await manager.call('GET', '/api/reports/ips');
    expect(body.jobsBySector.total).to.deep.equal({
      company: { noSubsidy: 23, paySubsidy: 9 },
      city: { noSubsidy: 13, paySubsidy: 9 },
      thirdSector: { noSubsidy: 3, paySubsidy: 11 },
      apprenticeship: 2,
      other: 0,
      jobs: 70,
    });
    const by = Object.fromEntries(body.jobsBySector.byMunicipality.map((m: { municipality: string }) => [m.municipality, m]));
    expect(by.Rovaniemi).to.deep.include({
      company: { noSubsidy: 22, paySubsidy: 7 },
      thirdSector: { noSubsidy: 3, paySubsidy: 8 },
      jobs: 62,
    });
    expect(by['Kemijärvi']).to.deep.include({ city: { noSubsidy: 1, paySubsidy: 0 }, apprenticeship: 1, jobs: 8 });
  });

  it('Given a job coach, When they ask for the IPS report, Then the answer is 403', async () => {
    const coach = await server.login('coach');
    expect((await coach.call('GET', '/api/reports/ips')).status).to.equal(403);
  });
});
