/** The team meeting slot rule in Finnish time: odd ISO weeks, Wednesdays 13:00, summer and winter, a week ahead. */
import { expect } from 'chai';
import { meetingSlotProblem, meetingSlotsBetween } from '../../../engine/meetings/slot.js';

const long = new Date('2026-01-01T00:00:00Z');

describe('the team meeting slot rule (engine/meetings/slot.ts)', () => {
  it('Given summer time, When a Wednesday of an odd week is booked, Then 13:00 Finnish time is 10:00Z and 11:00Z (14:00) is refused', () => {
    // 9 June 2027 is a Wednesday of ISO week 23
    expect(meetingSlotProblem(new Date('2027-06-09T10:00:00Z'), long)).to.equal(null);
    expect(meetingSlotProblem(new Date('2027-06-09T11:00:00Z'), long)).to.equal('Kokous alkaa klo 13.00 (Suomen aikaa).');
    expect(meetingSlotProblem(new Date('2027-06-16T10:00:00Z'), long)).to.equal('Tiimi kokoontuu parittomien viikkojen keskiviikkoisin.');
  });

  it('Given the turn of 2026, When the slots are listed, Then week 53 and week 1 both meet (two odd weeks in a row) and each is at 13:00', () => {
    const slots = meetingSlotsBetween(new Date('2026-12-14T00:00:00Z'), new Date('2027-01-25T00:00:00Z')).map((d) => d.toISOString());
    expect(slots).to.deep.equal([
      '2026-12-16T11:00:00.000Z',
      '2026-12-30T11:00:00.000Z',
      '2027-01-06T11:00:00.000Z',
      '2027-01-20T11:00:00.000Z',
    ]);
  });

  it('Given the clock seven days before a slot, When it is booked, Then it is taken; a millisecond later it is refused', () => {
    const slot = new Date('2027-03-31T10:00:00Z'); // week 13, after the change to summer time
    expect(meetingSlotsBetween(new Date('2027-03-29T00:00:00Z'), new Date('2027-04-01T00:00:00Z'))).to.deep.equal([slot]);
    const weekBefore = new Date(slot.getTime() - 7 * 864e5);
    expect(meetingSlotProblem(slot, weekBefore)).to.equal(null);
    expect(meetingSlotProblem(slot, new Date(weekBefore.getTime() + 1))).to.equal('Kokous on varattava vähintään 7 päivää etukäteen.');
  });
});
