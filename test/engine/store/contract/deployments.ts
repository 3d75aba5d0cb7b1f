/** Store contract: deployments. */
import { expect } from 'chai';
import { deployment, expectConflict, type StoreOf } from './records.js';

/** Registers the deployment tests against the store `s()` returns. */
export function deploymentContract(s: StoreOf): void {
  describe('deployments', () => {
    it('Given a deployment, When it is read by id and by key and version, Then the same record comes back', async () => {
      const d = deployment('referral', 1);
      await s().insertDeployment(d);
      expect(await s().getDeployment(d.id)).to.deep.equal(d);
      expect(await s().findDeployment('referral', 1)).to.deep.equal(d);
      expect(await s().getDeployment('dep-missing')).to.equal(null);
      expect(await s().findDeployment('referral', 9)).to.equal(null);
      expect(await s().findDeployment('missing')).to.equal(null);
    });

    it('Given version 1 of a key, When version 1 is inserted again under another id, Then conflict and the first stays', async () => {
      await s().insertDeployment(deployment('referral', 1));
      await expectConflict(s().insertDeployment(deployment('referral', 1, { id: 'dep-other', name: 'Other' })));
      expect((await s().findDeployment('referral', 1))?.id).to.equal('dep-referral-1');
      expect(await s().getDeployment('dep-other')).to.equal(null);
    });

    it('Given the processes of one file, When they are inserted together, Then all are stored', async () => {
      await s().insertDeployments([deployment('referral', 1), deployment('trial', 1)]);
      expect((await s().listDeployments(false)).map((d) => d.id)).to.deep.equal(['dep-referral-1', 'dep-trial-1']);
    });

    it('Given version 1 of one key exists, When a file with a new key and that same version is inserted together, Then conflict and neither is stored', async () => {
      await s().insertDeployment(deployment('trial', 1));
      await expectConflict(s().insertDeployments([deployment('referral', 1), deployment('trial', 1, { id: 'dep-other' })]));
      expect(await s().findDeployment('referral')).to.equal(null);
      expect(await s().getDeployment('dep-other')).to.equal(null);
    });

    it('Given versions 1, 3 and 2 of a key, When no version is asked, Then the latest (3) is found; a version finds that one', async () => {
      for (const v of [1, 3, 2]) await s().insertDeployment(deployment('referral', v));
      expect((await s().findDeployment('referral'))?.version).to.equal(3);
      expect((await s().findDeployment('referral', 2))?.version).to.equal(2);
    });

    it('Given two keys deployed from the same XML, When found by hash, Then both come back and no other', async () => {
      await s().insertDeployment(deployment('referral', 1, { xmlHash: 'same' }));
      await s().insertDeployment(deployment('trial', 1, { xmlHash: 'same' }));
      await s().insertDeployment(deployment('trial', 2));
      const found = await s().findDeploymentsByHash('same');
      expect(found.map((d) => d.id)).to.deep.equal(['dep-referral-1', 'dep-trial-1']);
      expect(await s().findDeploymentsByHash('nothing')).to.deep.equal([]);
    });

    it('Given several versions of two keys, When listed, Then latest gives one per key and all gives every version, by key then version', async () => {
      for (const [key, v] of [
        ['trial', 1],
        ['referral', 2],
        ['referral', 1],
        ['trial', 2],
        ['referral', 3],
      ] as const) {
        await s().insertDeployment(deployment(key, v));
      }
      const latest = await s().listDeployments(false);
      expect(latest.map((d) => `${d.processKey}@${d.version}`)).to.deep.equal(['referral@3', 'trial@2']);
      expect(latest[0]).to.deep.equal(deployment('referral', 3));
      const all = await s().listDeployments(true);
      expect(all.map((d) => `${d.processKey}@${d.version}`)).to.deep.equal([
        'referral@1',
        'referral@2',
        'referral@3',
        'trial@1',
        'trial@2',
      ]);
    });
  });
}
