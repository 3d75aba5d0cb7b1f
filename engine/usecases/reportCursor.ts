/** Opaque keyset cursors of the report lists: the position's string fields as base64url JSON. */
import { invalidInput } from '../errors.js';

/** Encodes a position's string fields in the given order. */
export function encodeCursor(fields: string[]): string {
  return Buffer.from(JSON.stringify(fields), 'utf8').toString('base64url');
}

/** The `n` string fields of a cursor, or 400 invalid_input when it is not one of ours. */
export function decodeCursor(cursor: string | undefined, n: number): string[] | null {
  if (!cursor) return null;
  try {
    const fields = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(fields) && fields.length === n && fields.every((f) => typeof f === 'string')) return fields as string[];
  } catch {
    /* fall through */
  }
  throw invalidInput('the cursor is not valid', [{ path: '/cursor', message: 'invalid cursor' }]);
}
