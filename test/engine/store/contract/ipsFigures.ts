/** Contract: supported-employment figures, persons and jobs counted apart, per municipality and source. */
import { expect } from 'chai';
import { seedIpsPilot } from '../../../support/ipsPilot.js';
import type { StoreOf } from './records.js';

export function ipsFiguresContract(s: StoreOf): void {
  describe('IPS figures', () => {
    it('Given the pilot fixture, When the figures are read, Then each municipality and source is one row and the sums are 87 persons, 47 employed, 70 jobs', async () => {
      await seedIpsPilot(s());
      const rows = await s().ipsFigures();
      const sum = (k: 'clients' | 'employedPersons' | 'jobs') => rows.reduce((n, r) => n + r[k], 0);
      expect([sum('clients'), sum('employedPersons'), sum('jobs')]).to.deep.equal([87, 47, 70]);
      expect(rows).to.have.length(14);
      expect(rows.find((r) => r.municipality === 'Kemijärvi' && r.referralSource === 'te-services')).to.include({ clients: 6 });
      expect(new Set(rows.map((r) => JSON.stringify([r.municipality, r.referralSource]))).size).to.equal(rows.length);
    });

    it('Given no supported-employment paths, When the figures are read, Then there are no rows', async () => {
      expect(await s().ipsFigures()).to.deep.equal([]);
      expect(await s().ipsJobFigures()).to.deep.equal([]);
    });

    it("Given the pilot fixture, When the jobs are read, Then Kemijärvi's eight jobs split by sector, pay subsidy and apprenticeship as the pilot's table", async () => {
      await seedIpsPilot(s());
      const rows = await s().ipsJobFigures();
      expect(rows.reduce((n, r) => n + r.jobs, 0)).to.equal(70);
      const kemijarvi = rows.filter((r) => r.municipality === 'Kemijärvi').map((r) => [r.sector, r.paySubsidy, r.apprenticeship, r.jobs]);
      expect(kemijarvi).to.have.deep.members([
        ['city', false, false, 1],
        ['company', false, false, 1],
        ['company', false, true, 1],
        ['company', true, false, 2],
        ['third-sector', true, false, 3],
      ]);
    });
  });
}
