/** Draws TTS section 11 (the schedule table) as a ruled table that breaks across pages. */
import type PDFKit from 'pdfkit';

/** One row of the schedule table, as in the tts-team form. */
export interface ScheduleRow {
  schedule?: string;
  implementation?: string;
  roles?: string;
  coordination?: string;
  followUp?: string;
}

const COLUMNS: { key: keyof ScheduleRow; title: string; weight: number }[] = [
  { key: 'schedule', title: 'Aikataulu', weight: 1 },
  { key: 'implementation', title: 'Toteutuksen kuvaus', weight: 1.6 },
  { key: 'roles', title: 'Roolit ja vastuut', weight: 1.3 },
  { key: 'coordination', title: 'Koordinointi', weight: 1.1 },
  { key: 'followUp', title: 'Seuranta', weight: 1.1 },
];
const PAD = 4;

/** Draws the header and the rows at the current position; starts a new page when a row does not fit. */
export function drawScheduleTable(doc: PDFKit.PDFDocument, rows: ScheduleRow[], fonts: { regular: string; bold: string }): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const total = COLUMNS.reduce((s, c) => s + c.weight, 0);
  const widths = COLUMNS.map((c) => (width * c.weight) / total);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const drawRow = (cells: string[], font: string) => {
    doc.font(font).fontSize(9);
    const height = Math.max(...cells.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
    if (doc.y + height > bottom()) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((t, i) => {
      doc.rect(x, top, widths[i]!, height).stroke();
      doc.text(t || '', x + PAD, top + PAD, { width: widths[i]! - 2 * PAD });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = top + height;
  };

  drawRow(
    COLUMNS.map((c) => c.title),
    fonts.bold,
  );
  for (const row of rows)
    drawRow(
      COLUMNS.map((c) => row[c.key] ?? ''),
      fonts.regular,
    );
  if (rows.length === 0)
    drawRow(
      COLUMNS.map(() => ''),
      fonts.regular,
    );
  doc.font(fonts.regular).fontSize(10).moveDown();
}
