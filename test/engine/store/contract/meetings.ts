/** Contract: team meeting bookings — one client per meeting slot, whoever races for it. */
import { expect } from 'chai';
import { instance, start, type StoreOf } from './records.js';

const SLOT = '2026-12-09T11:00:00.000Z';
const LATER = '2026-12-23T11:00:00.000Z';
const booking = (instanceId: string, slot = SLOT, bookedAt = '2026-11-20T08:00:00.000Z') => ({
  slot,
  instanceId,
  bookedAt,
  parties: [{ party: 'kela', confirmed: false }],
  confirmed: null,
});

export function meetingContract(s: StoreOf): void {
  describe('meeting bookings', () => {
    it('Given a free slot, When two instances book it at the same time, Then exactly one holds it', async () => {
      const results = await Promise.all([s().bookMeetingSlot(booking('inst-a')), s().bookMeetingSlot(booking('inst-b'))]);
      expect(results.filter(Boolean)).to.have.length(1);
      const [held] = await s().listMeetingBookings(SLOT, LATER);
      expect(held!.instanceId).to.equal(results[0] ? 'inst-a' : 'inst-b');
    });

    it('Given an instance holding a slot, When it books the same slot again, Then it still holds it (a retried step)', async () => {
      expect(await s().bookMeetingSlot(booking('inst-a'))).to.equal(true);
      expect(await s().bookMeetingSlot(booking('inst-a'))).to.equal(true);
      expect(await s().listMeetingBookings(SLOT, LATER)).to.have.length(1);
    });

    it('Given an instance holding a slot, When it books a later slot, Then the first is free again for another client', async () => {
      await s().bookMeetingSlot(booking('inst-a'));
      expect(await s().bookMeetingSlot(booking('inst-a', LATER))).to.equal(true);
      expect(await s().bookMeetingSlot(booking('inst-b'))).to.equal(true);
      const all = await s().listMeetingBookings('2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z');
      expect(all.map((b) => [b.slot, b.instanceId])).to.deep.equal([
        [SLOT, 'inst-b'],
        [LATER, 'inst-a'],
      ]);
    });

    it('Given a past meeting of the instance, When it books a new one, Then the past booking stays on record', async () => {
      await s().bookMeetingSlot(booking('inst-a'));
      await s().bookMeetingSlot(booking('inst-a', LATER, '2026-12-10T08:00:00.000Z'));
      expect((await s().listMeetingBookings(SLOT, '2027-01-01T00:00:00.000Z')).map((b) => b.slot)).to.deep.equal([SLOT, LATER]);
    });

    it('Given a booking, When its instance confirms the invitations, Then the row shows the confirmation and parties; another instance cannot change them', async () => {
      await s().bookMeetingSlot(booking('inst-a'));
      const confirmed = [
        { party: 'kela', confirmed: true },
        { party: 'social-services', confirmed: true },
      ];
      expect(await s().bookMeetingSlot({ ...booking('inst-a'), parties: confirmed, confirmed: true })).to.equal(true);
      expect(await s().bookMeetingSlot({ ...booking('inst-b'), parties: [], confirmed: false })).to.equal(false);
      // A booking without parties keeps the stored ones
      expect(await s().bookMeetingSlot({ ...booking('inst-a'), parties: null, confirmed: true })).to.equal(true);
      const [row] = await s().listMeetingBookings(SLOT, LATER);
      expect(row).to.deep.include({ instanceId: 'inst-a', parties: confirmed, confirmed: true, path: null });
    });

    it('Given a booking of a stored path, When the bookings are listed, Then each comes with its path pseudonym, state and variables', async () => {
      await s().commitStep(start(instance('inst-m', { clientRef: 'CL-MEET', variables: { meetingDate: SLOT } })));
      await s().bookMeetingSlot(booking('inst-m'));
      const [row] = await s().listMeetingBookings(SLOT, LATER);
      expect(row!.path).to.deep.equal({ id: 'inst-m', clientRef: 'CL-MEET', state: 'running', variables: { meetingDate: SLOT } });
    });
  });
}
