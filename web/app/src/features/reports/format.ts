/** Durations and CSV for the reports. */

/** Seconds as days and hours ("3 pv 4 h"), or minutes under an hour; the units come from the caller's messages. */
export function formatDuration(seconds: number | null | undefined, units: { d: string; h: string; min: string }): string {
  if (seconds === null || seconds === undefined) return '–';
  const s = Math.max(0, Math.round(seconds));
  if (s < 3600) return `${Math.floor(s / 60)} ${units.min}`;
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3600);
  return days ? `${days} ${units.d}${hours ? ` ${hours} ${units.h}` : ''}` : `${hours} ${units.h}`;
}

/** An instant for a CSV cell, written in Finnish local time (Europe/Helsinki) whatever the browser's zone. */
export interface CsvTime {
  at: string;
}
export type CsvCell = string | number | null | CsvTime;

/** A CSV cell for an ISO instant (null stays empty). */
export const csvTime = (iso: string | null | undefined): CsvTime | null => (iso ? { at: iso } : null);

/** Seconds as hours with one decimal, the unit the CSV files use for durations. */
export const csvHours = (seconds: number | null | undefined): number | null =>
  seconds === null || seconds === undefined ? null : Math.round(seconds / 360) / 10;

const HELSINKI_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function localTime(iso: string, language: 'fi' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(HELSINKI_PARTS.formatToParts(date).map((x) => [x.type, x.value]));
  const pad = (v: string) => v.padStart(2, '0');
  return language === 'fi'
    ? `${Number(p.day)}.${Number(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`
    : `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * CSV as the user's spreadsheet reads it: Finnish with semicolons, decimal commas and d.M.yyyy
 * times, English with commas and decimal points; Helsinki local times; every field quoted, quotes
 * doubled, CRLF lines; a text starting with = + - @, a TAB or a CR is neutralised against
 * spreadsheet formulas (OWASP CSV injection). The caller adds
 * the UTF-8 byte-order mark (CsvLink), which tells Excel the encoding.
 */
export function toCsv(header: string[], rows: CsvCell[][], language: 'fi' | 'en' = 'fi'): string {
  const separator = language === 'fi' ? ';' : ',';
  const field = (v: CsvCell) => {
    let text: string;
    if (v === null) text = '';
    else if (typeof v === 'number') text = language === 'fi' ? String(v).replace('.', ',') : String(v);
    else if (typeof v === 'object') text = localTime(v.at, language);
    else text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return `"${text.replace(/"/g, '""')}"`;
  };
  return [header, ...rows].map((r) => r.map(field).join(separator)).join('\r\n') + '\r\n';
}
