/** The signed TTS (työkyvyn tuen suunnitelma, work-ability support plan) as an A4 PDF with embedded fonts. */
import PDFDocument from 'pdfkit';
import { AppError } from '../../engine/errors.js';
import { getForm } from '../catalog.js';
import { checkFormData } from '../checkFormData.js';
import { choiceTitle, type ChoiceSchema, type ChoiceUi } from '../choiceTitles.js';
import { dejaVuSans } from './fonts.js';
import { drawScheduleTable, type ScheduleRow } from './scheduleTable.js';

/** What the PDF is made of: the referrer's part (§1–8), the team's part (§8–13) and identifiers. */
export interface TtsPdfInput {
  referrer: Record<string, unknown>;
  team: Record<string, unknown>;
  processInstanceId: string;
  clientRef: string;
  generatedAt: Date | string;
}

type Data = Record<string, unknown>;
type Schema = { title?: string; properties?: Record<string, Schema>; items?: Schema; format?: string };
const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' };
const asData = (v: unknown): Data => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Data) : {});

/** Renders the TTS as a PDF buffer; throws AppError('invalid_input') when either part fails its form. */
export async function renderTtsPdf(input: TtsPdfInput): Promise<Buffer> {
  const problems = [
    ...checkFormData('tts-referrer', input.referrer).map((e) => ({ ...e, path: `/referrer${e.path}` })),
    ...checkFormData('tts-team', input.team).map((e) => ({ ...e, path: `/team${e.path}` })),
  ];
  if (problems.length) throw new AppError('invalid_input', 'the TTS is not complete', problems);

  const referrerForm = getForm('tts-referrer')!;
  const schemaR = referrerForm.schema as Schema;
  const schemaT = getForm('tts-team')!.schema as Schema;
  const partySchema = (schemaR.properties?.invitedParties?.items?.properties?.party ?? {}) as ChoiceSchema;
  const partyUi = (referrerForm.uiSchema as { invitedParties?: { items?: { party?: ChoiceUi } } }).invitedParties?.items?.party;
  const r = input.referrer;
  const t = input.team;

  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Työkyvyn tuen suunnitelma (TTS)' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = dejaVuSans();
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);

  doc.font(FONT.bold).fontSize(16).text('Työkyvyn tuen suunnitelma (TTS)');
  doc
    .font(FONT.regular)
    .fontSize(9)
    .text(`Asiakkaan tunniste: ${input.clientRef} · Polku ${input.processInstanceId} · Laadittu ${finnishTime(input.generatedAt)}`)
    .moveDown();

  heading(doc, '1. Tiimistä kutsutut tahot');
  for (const p of asArray(r.invitedParties)) {
    const party = asData(p);
    const label = choiceTitle(partySchema, partyUi, party.party);
    const extra = party.party === 'other' && typeof r.otherParty === 'string' ? ` (${r.otherParty})` : '';
    line(doc, `${label}${extra}`, typeof party.name === 'string' ? party.name : '');
  }
  heading(doc, '2. Asiakkaan tiedot');
  fields(doc, asData(r.client), schemaR.properties?.client);
  heading(doc, '3. Asiakkaan tilanne työllistymisen näkökulmasta');
  paragraph(doc, r.employmentSituation);
  heading(doc, '4. Taustatiedot koulutus- ja työhistoriasta sekä työ- ja toimintakyvystä');
  fields(doc, asData(r.background), schemaR.properties?.background);
  heading(doc, '5. Vahvuudet');
  fields(doc, asData(r.strengths), schemaR.properties?.strengths);
  heading(doc, '6. Voimavarat');
  fields(doc, asData(r.resources), schemaR.properties?.resources);
  heading(doc, '7. Huomioitavat haasteet ja yhteenveto');
  fields(doc, asData(r.challenges), schemaR.properties?.challenges);
  heading(doc, '8. Tavoitteet');
  line(doc, 'Asiakkaan oma tavoite', r.clientGoal);
  line(doc, 'Päätavoite', t.mainGoal);
  asArray(t.subGoals).forEach((g, i) => {
    const sub = asData(g);
    const detail = [sub.measure && `mittari: ${String(sub.measure)}`, sub.deadline && `määräaika: ${finnishDate(sub.deadline)}`]
      .filter(Boolean)
      .join(', ');
    line(doc, `Osatavoite ${i + 1}`, `${String(sub.goal ?? '')}${detail ? ` (${detail})` : ''}`);
  });
  heading(doc, '9. Palvelut ja keinot');
  paragraph(doc, t.services);
  heading(doc, '10. Etuudet');
  paragraph(doc, t.benefits);
  line(doc, schemaT.properties?.incomeChecked?.title ?? 'Toimeentulo tarkistettu', t.incomeChecked === true ? 'kyllä' : 'ei');
  heading(doc, '11. Aikataulu');
  drawScheduleTable(doc, asArray(t.schedule) as ScheduleRow[], FONT);
  heading(doc, '12. Vastuut');
  fields(doc, asData(t.responsiblePerson), schemaT.properties?.responsiblePerson);
  heading(doc, '13. Allekirjoitukset');
  const signatures = asData(t.signatures);
  signature(doc, 'Asiakas', asData(signatures.client));
  signature(doc, 'Vastuuhenkilö', asData(signatures.responsiblePerson));

  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5).font(FONT.bold).fontSize(12).text(text).moveDown(0.3).font(FONT.regular).fontSize(10);
}

function line(doc: PDFKit.PDFDocument, label: string, value: unknown): void {
  doc.font(FONT.bold).fontSize(10).text(`${label}: `, { continued: true }).font(FONT.regular).text(show(value));
}

function paragraph(doc: PDFKit.PDFDocument, value: unknown): void {
  doc.font(FONT.regular).fontSize(10).text(show(value));
}

/** Prints each property of a section with its Finnish schema title as label. */
function fields(doc: PDFKit.PDFDocument, data: Data, schema: Schema | undefined): void {
  for (const [key, prop] of Object.entries(schema?.properties ?? {})) {
    const value = data[key];
    const shown = Array.isArray(value) ? value.map(String).join('; ') : prop.format === 'date' ? finnishDate(value) : value;
    line(doc, prop.title ?? key, shown);
  }
}

function signature(doc: PDFKit.PDFDocument, role: string, s: Data): void {
  doc.moveDown(0.5);
  line(doc, role, s.name);
  line(doc, 'Aika ja paikka', `${finnishTime(s.time)}, ${show(s.place)}`);
  doc.moveDown(1.5).text('_______________________________________').text('Allekirjoitus');
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const show = (v: unknown): string => (v === undefined || v === null || v === '' ? '–' : String(v));

function finnishTime(v: unknown): string {
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
  if (!d || Number.isNaN(d.getTime())) return show(v);
  return d.toLocaleString('fi-FI', { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' });
}

function finnishDate(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return show(v);
  const [y, m, d] = v.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}
