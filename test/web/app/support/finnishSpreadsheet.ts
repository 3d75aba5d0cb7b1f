/**
 * Reads CSV bytes as a spreadsheet set to Finnish does (Excel, LibreOffice with fi-FI): UTF-8 only
 * with a byte-order mark, semicolon-separated, quoted fields, a decimal comma in numbers and
 * d.M.yyyy times. A cell such as `1.5` would turn into a date there, so it is reported as a mistake.
 */
export interface FinnishSheet {
  header: string[];
  rows: (string | number | null)[][];
  /** Cells a Finnish spreadsheet would misread (a decimal point, an ISO time with T and Z). */
  misread: string[];
}

function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) (cells.push(cell), (cell = ''));
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** The sheet as a Finnish spreadsheet shows it; throws when it would not even open in columns. */
export function readAsFinnishSpreadsheet(bytes: Buffer): FinnishSheet {
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf))
    throw new Error('no UTF-8 byte-order mark: Excel would read it as Windows-1252');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  const lines = text.split('\r\n').filter((l) => l.length);
  const [header, ...body] = lines.map((l) => splitLine(l, ';'));
  if (header.length < 2) throw new Error('one column only: the separator is not a semicolon');
  const misread: string[] = [];
  const rows = body.map((cells) =>
    cells.map((cell) => {
      if (cell === '') return null;
      if (/^-?\d+(,\d+)?$/.test(cell)) return Number(cell.replace(',', '.'));
      if (/^-?\d+\.\d+$/.test(cell) || /^\d{4}-\d{2}-\d{2}T/.test(cell)) misread.push(cell);
      return cell;
    }),
  );
  return { header, rows, misread };
}
