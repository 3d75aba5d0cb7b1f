/** Pages of API lists: `{items, nextCursor}`, limit 1–200 (default 50). */
import { invalidInput } from '../errors.js';

/** One page of a list and the cursor of the next, null at the end. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The largest `?limit` the API accepts. */
export const MAX_LIMIT = 200;
/** The page size without `?limit`. */
export const DEFAULT_LIMIT = 50;

/** The page size asked for, clamped to the API's bounds. */
export function pageSize(limit: number | undefined): number {
  return Math.min(Math.max(limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
}

/** An opaque offset cursor, for lists the store pages by count. */
export function offsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** The offset in an offset cursor; 0 without one; invalid_input for a forged one. */
export function readOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalidInput('the cursor is not valid', [{ path: '/cursor', message: 'invalid cursor' }]);
  return Number(match[1]);
}
