/** Contract: the account change log, appended and read newest first by auditors. */
import { expect } from 'chai';
import type { StoreOf } from './records.js';

const change = (at: string, userId: string, what: string) => ({ at, actor: 'admin-1', userId, username: `user-${userId}`, change: what });

export function accountChangesContract(s: StoreOf): void {
  describe('account changes', () => {
    it('Given three account changes, When the log is read with a limit or for one account, Then the newest come first, each as written, and no more than asked', async () => {
      await s().appendAccountChange(change('2026-12-01T08:00:00.000Z', 'u1', 'created with roles nurse'));
      await s().appendAccountChange(change('2026-12-01T09:00:00.000Z', 'u1', 'roles +auditor'));
      await s().appendAccountChange(change('2026-12-01T10:00:00.000Z', 'u2', 'password reset'));
      expect(await s().listAccountChanges(2)).to.deep.equal([
        change('2026-12-01T10:00:00.000Z', 'u2', 'password reset'),
        change('2026-12-01T09:00:00.000Z', 'u1', 'roles +auditor'),
      ]);
      expect(await s().listAccountChanges(10)).to.have.length(3);
      expect((await s().listAccountChanges(10, 'u1')).map((c) => c.change)).to.deep.equal(['roles +auditor', 'created with roles nurse']);
    });
  });
}
