/** Henkilötunnus (Finnish personal identity code): structure, date and check-character validation. */

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const SHAPE = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])$/;

/** Options: `allowTemporary` accepts individual numbers 900–999 (temporary codes). */
export interface HenkilotunnusOptions {
  allowTemporary?: boolean;
}

function dateExists(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** True when `text` is a well-formed henkilötunnus with an existing date and a matching check character. */
export function isValidHenkilotunnus(text: string, opts: HenkilotunnusOptions = {}): boolean {
  if (typeof text !== 'string') return false;
  const m = SHAPE.exec(text);
  if (!m) return false;
  const [, dd, mm, yy, sign, individual, check] = m;
  const century = CENTURY[sign!];
  if (century === undefined) return false;
  if (!dateExists(century + Number(yy), Number(mm), Number(dd))) return false;
  const n = Number(individual);
  if (n < 2) return false;
  if (n >= 900 && !opts.allowTemporary) return false;
  const index = Number(`${dd}${mm}${yy}${individual}`) % 31;
  return CHECK_CHARS[index] === check;
}

/** Matches any substring shaped like a henkilötunnus (used to keep anonymous texts anonymous). */
export const HENKILOTUNNUS_LIKE = /\d{6}\s?[-+YXWVUABCDEF]\s?\d{3}[0-9A-Y]/i;

/**
 * True when `text` carries a valid henkilötunnus written without its century sign
 * (`131052308T` for `131052-308T`): ten characters whose date and check character hold for some
 * century. Checked, not shape-matched, so that an ordinary ten-digit case number rarely matches.
 */
export function containsHenkilotunnusWithoutSign(text: string): boolean {
  for (const m of text.matchAll(/(?=(\d{6})(\d{3})([0-9A-Y]))/gi)) {
    const [, date, individual, check] = m;
    if (
      ['-', '+', 'A'].some((sign) => isValidHenkilotunnus(`${date}${sign}${individual}${check!.toUpperCase()}`, { allowTemporary: true }))
    )
      return true;
  }
  return false;
}
