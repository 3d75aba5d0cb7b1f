import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { AppError } from '../../engine/errors.js';
import { renderTtsPdf } from '../../forms/index.js';
import { ttsReferrerData, ttsTeamData } from './fixtures/tts.js';

const HEADINGS = [
  '1. Tiimistä kutsutut tahot',
  '2. Asiakkaan tiedot',
  '3. Asiakkaan tilanne työllistymisen näkökulmasta',
  '4. Taustatiedot koulutus- ja työhistoriasta sekä työ- ja toimintakyvystä',
  '5. Vahvuudet',
  '6. Voimavarat',
  '7. Huomioitavat haasteet ja yhteenveto',
  '8. Tavoitteet',
  '9. Palvelut ja keinot',
  '10. Etuudet',
  '11. Aikataulu',
  '12. Vastuut',
  '13. Allekirjoitukset',
];

/** The PDF's text as pdftotext reads it (raw order, so that wrapped lines stay comparable). */
function pdfText(pdf: Buffer, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}

const input = () => ({
  referrer: ttsReferrerData(),
  team: ttsTeamData(),
  processInstanceId: 'pi-test-0001',
  clientRef: 'asiakas-7f3a',
  generatedAt: new Date('2026-11-25T12:45:00Z'),
});

describe('the signed TTS PDF (forms/pdf/ttsPdf.ts)', function () {
  before(function () {
    if (!existsSync('/usr/bin/pdftotext')) this.skip();
  });

  it('Given complete fictional TTS data, When rendered, Then an A4 PDF with every section heading and äöå ÄÖÅ comes out', async () => {
    const referrer = ttsReferrerData();
    (referrer.resources as Record<string, string>).motivationAndInterests = 'Kiinnostaa äöå ja ÄÖÅ: sää, yö, Åland';
    const pdf = await renderTtsPdf({ ...input(), referrer });
    expect(pdf.subarray(0, 5).toString()).to.equal('%PDF-');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const heading of HEADINGS) expect(text, heading).to.contain(heading);
    expect(text).to.contain('äöå ja ÄÖÅ');
    expect(text).to.contain('Matti Äijälä');
    expect(text).to.contain('Päivi Pöllänen');
    const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString();
    expect(info).to.match(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it('Given the schedule rows, When rendered, Then the table header and each row read across as columns', async () => {
    const text = pdfText(await renderTtsPdf(input()), true);
    expect(text).to.match(/Aikataulu\s+Toteutuksen kuvaus\s+Roolit ja vastuut\s+Koordinointi\s+Seuranta/);
    expect(text).to.match(/Joulukuu 2026\s+Työkokeilupaikan haku\s+Asiakas ja\s+Vastuuhenkilö\s+Viikoittain/);
    expect(text).to.match(/Tammikuu 2027\s+Fysioterapian aloitus\s+Terveydenhuolto\s+Vastuuhenkilö\s+Kuukausittain/);
  });

  it('Given signatures, When rendered, Then both signers appear with their time and place (Helsinki time)', async () => {
    const text = pdfText(await renderTtsPdf(input())).replace(/\s+/g, ' ');
    expect(text).to.contain('Asiakas: Matti Äijälä');
    expect(text).to.contain('Vastuuhenkilö: Päivi Pöllänen');
    expect(text).to.contain('25.11.2026 klo 14.30, Rovaniemi');
  });

  it('Given the font, When the PDF is inspected, Then DejaVu Sans is embedded', async () => {
    const fonts = execFileSync('pdffonts', ['-'], { input: await renderTtsPdf(input()) }).toString();
    expect(fonts).to.match(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('Given a team part without a responsible person, When rendering, Then AppError invalid_input names the field and no PDF is made', async () => {
    const team = ttsTeamData();
    delete team.responsiblePerson;
    try {
      await renderTtsPdf({ ...input(), team });
      expect.fail('should have thrown');
    } catch (e) {
      expect(e).to.be.instanceOf(AppError);
      expect((e as AppError).details.map((d) => d.path)).to.deep.equal(['/team/responsiblePerson']);
      expect((e as AppError).message).not.to.contain('131052');
    }
  });
});
