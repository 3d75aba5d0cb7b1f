/** Contract: the job coaches' employer contacts log, summed per coach and ISO week. */
import { expect } from 'chai';
import type { StoreOf } from './records.js';

const contact = (id: string, coach: string, contactedOn: string, isoWeek: string, employers: number) => ({
  id,
  coach,
  contactedOn,
  isoWeek,
  employers,
  recordedAt: `${contactedOn}T15:00:00.000Z`,
});

export function employerContactsContract(s: StoreOf): void {
  describe('employer contacts', () => {
    it('Given contacts of two coaches over three weeks, When the weeks are read, Then each coach and week is one sum, by week then coach, within the range', async () => {
      await s().recordEmployerContacts(contact('e1', 'vilma', '2026-11-09', '2026-W46', 2));
      await s().recordEmployerContacts(contact('e2', 'tuomas', '2026-11-10', '2026-W46', 4));
      await s().recordEmployerContacts(contact('e3', 'tuomas', '2026-11-12', '2026-W46', 3));
      await s().recordEmployerContacts(contact('e4', 'tuomas', '2026-11-16', '2026-W47', 5));
      await s().recordEmployerContacts(contact('e5', 'tuomas', '2026-11-02', '2026-W45', 9));
      expect(await s().employerContactWeeks('2026-W46', '2026-W47')).to.deep.equal([
        { coach: 'tuomas', isoWeek: '2026-W46', employers: 7 },
        { coach: 'vilma', isoWeek: '2026-W46', employers: 2 },
        { coach: 'tuomas', isoWeek: '2026-W47', employers: 5 },
      ]);
    });
  });
}
