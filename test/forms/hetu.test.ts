import { expect } from 'chai';
import { isValidHenkilotunnus } from '../../forms/index.js';

describe('henkilötunnus (forms/hetu.ts)', () => {
  // Which option each vector needs: individual number < 900 → valid without options;
  // 900–999 → a temporary code, valid only with { allowTemporary: true }.
  const validPermanent = ['131052-308T']; // 308: no option needed
  const validTemporary = ['010594Y9032', '020594X903P', '010516B903X', '020516C903K']; // 903: needs allowTemporary
  const invalid = [
    '010190-999K', // 999 is temporary, but the check character is wrong: invalid with either option
    '311399-123A', // month 13 does not exist
    '131052-308U', // wrong check character (T is right)
  ];

  for (const code of validPermanent) {
    it(`Given ${code} with a permanent individual number, When checked with or without allowTemporary, Then it is valid`, () => {
      expect(isValidHenkilotunnus(code)).to.equal(true);
      expect(isValidHenkilotunnus(code, { allowTemporary: true })).to.equal(true);
    });
  }
  for (const code of validTemporary) {
    it(`Given temporary code ${code}, When checked, Then it is valid only with allowTemporary`, () => {
      expect(isValidHenkilotunnus(code, { allowTemporary: true })).to.equal(true);
      expect(isValidHenkilotunnus(code)).to.equal(false);
    });
  }
  for (const code of invalid) {
    it(`Given ${code}, When checked with either option, Then it is invalid`, () => {
      expect(isValidHenkilotunnus(code)).to.equal(false);
      expect(isValidHenkilotunnus(code, { allowTemporary: true })).to.equal(false);
    });
  }

  it('Given 29 February, When the year is a leap year or not, Then only the leap-year date is accepted', () => {
    // the check character is computed here so that only the date decides
    const withCheck = (ddmmyy: string, sign: string, ind: string) =>
      `${ddmmyy}${sign}${ind}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(ddmmyy + ind) % 31]}`;
    expect(isValidHenkilotunnus(withCheck('290200', 'A', '101'))).to.equal(true); // 2000 is a leap year
    expect(isValidHenkilotunnus(withCheck('290201', 'A', '101'))).to.equal(false);
    expect(isValidHenkilotunnus(withCheck('290200', '-', '101'))).to.equal(false); // 1900 is not
  });

  it('Given individual numbers 000 and 001 or a lower-case sign, When checked, Then they are refused', () => {
    const withCheck = (s: string, sign: string, ind: string) =>
      `${s}${sign}${ind}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(s + ind) % 31]}`;
    expect(isValidHenkilotunnus(withCheck('131052', '-', '001'))).to.equal(false);
    expect(isValidHenkilotunnus(withCheck('131052', '-', '002'))).to.equal(true);
    expect(isValidHenkilotunnus('010516b903X', { allowTemporary: true })).to.equal(false);
    expect(isValidHenkilotunnus(' 131052-308T')).to.equal(false);
  });
});
