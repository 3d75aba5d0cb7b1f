/** The team's meeting rhythm: 15:00 Finnish time on the first odd-ISO-week Wednesday at least seven days after arrival. */
import { expect } from 'chai';
import { rhythmDeadline } from '../../../engine/extensions/util/teamRhythm.js';
import { isoWeekOf } from '../../../engine/runtime/helsinki.js';

describe('team rhythm deadline', () => {
  const cases: [arrival: string, due: string, why: string][] = [
    ['2026-11-23T10:00:00Z', '2026-12-02T13:00:00.000Z', 'Monday of week 48: a week on is week 49 (odd), its Wednesday at 15:00 EET'],
    ['2026-11-25T21:30:00Z', '2026-12-02T13:00:00.000Z', 'Wednesday 23:30 Finnish time: exactly seven days later is an odd-week Wednesday'],
    ['2026-11-25T22:30:00Z', '2026-12-16T13:00:00.000Z', 'already Thursday in Finland: week 50 is even, so week 51'],
    ['2026-06-01T08:00:00Z', '2026-06-17T12:00:00.000Z', 'summer: week 24 is even, week 25 at 15:00 EEST = 12:00Z'],
    ['2026-12-24T09:00:00Z', '2027-01-06T13:00:00.000Z', 'over the new year: 2027 week 1 is odd'],
  ];
  for (const [arrival, due, why] of cases) {
    it(`Given a path arriving ${arrival}, Then it is due ${due} (${why})`, () => {
      expect(rhythmDeadline(new Date(arrival)).toISOString()).to.equal(due);
    });
  }

  it('Given known dates, Then their ISO weeks are the calendar ones (2026 has 53 weeks)', () => {
    expect(isoWeekOf('2026-12-02').week).to.equal(49);
    expect(isoWeekOf('2026-12-31').week).to.equal(53);
    expect(isoWeekOf('2027-01-06').week).to.equal(1);
    expect(isoWeekOf('2027-01-03').week).to.equal(53);
  });
});
