/** Feature: report CSV files open in a Finnish spreadsheet in columns, with decimal commas and Finnish local times; English users get an English CSV. */
import { expect } from 'chai';
import { csvHours, csvTime, toCsv } from '../../web/app/src/features/reports/format.js';
import { readAsFinnishSpreadsheet } from './app/support/finnishSpreadsheet.js';

const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

describe("Feature: report CSV as the user's spreadsheet reads it", () => {
  const header = ['Vaihe', 'Polkuja nyt', 'Mediaani (tuntia)', 'Odotettu valmistuminen'];
  const rows = [
    ['Tiimin kokous; valmistelu', 3, csvHours(5400), csvTime('2026-03-04T11:00:00.000Z')],
    ['=HYPERLINK("x")', 0, null, csvTime('2026-07-01T10:00:00.000+00:00')],
  ];

  it('Given Finnish, When a spreadsheet set to Finnish opens the file, Then it has columns, decimal commas and Helsinki local times', () => {
    const sheet = readAsFinnishSpreadsheet(withBom(toCsv(header, rows, 'fi')));
    expect(sheet.header).to.deep.equal(header);
    expect(sheet.misread).to.deep.equal([]);
    // 5400 s is 1,5 hours; 11:00 UTC in March is 13:00 in Helsinki (UTC+2), 10:00 UTC in July 13:00 (UTC+3)
    expect(sheet.rows[0]).to.deep.equal(['Tiimin kokous; valmistelu', 3, 1.5, '4.3.2026 13:00']);
    // A formula is neutralised; an empty duration stays empty
    expect(sheet.rows[1]).to.deep.equal(['\'=HYPERLINK("x")', 0, null, '1.7.2026 13:00']);
    expect(toCsv(header, rows, 'fi')).to.contain('"1,5"');
  });

  it('Given English, When the file is written, Then it uses commas between fields, decimal points and ISO-like local times', () => {
    const text = toCsv(header, rows, 'en');
    expect(text.split('\r\n')[1]).to.equal('"Tiimin kokous; valmistelu","3","1.5","2026-03-04 13:00"');
    expect(() => readAsFinnishSpreadsheet(withBom(text.split('\r\n')[0].replace(/,/g, '|')))).to.throw(/one column/);
  });

  it('Given a file without a byte-order mark, When read as a Finnish spreadsheet, Then it is refused (Excel would garble ä and ö)', () => {
    expect(() => readAsFinnishSpreadsheet(Buffer.from(toCsv(header, rows, 'fi'), 'utf8'))).to.throw(/byte-order mark/);
  });
});
