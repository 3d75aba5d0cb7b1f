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

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF lines; a text starting with = + - @, a TAB
 * or a CR is neutralised against spreadsheet formulas (OWASP CSV injection).
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const field = (v: string | number | null) => {
    const text = v === null ? '' : String(v);
    const safe = /^[=+\-@\t\r]/.test(text) && typeof v === 'string' ? `'${text}` : text;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
