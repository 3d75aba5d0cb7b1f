/**
 * Tells a store that cannot be reached from every other failure, for both adapters: such an
 * error becomes `unavailable` (503, try again) instead of `internal` (500, a bug). A step that
 * fails this way wrote nothing: SQLite could not begin its transaction, MongoDB aborted it.
 */
import { AppError } from '../errors.js';

/** SQLite result codes (better-sqlite3's `code`) that mean the file cannot be used now, not that the query is wrong. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|READONLY|CANTOPEN|FULL|PROTOCOL|NOTADB)/;

/** MongoDB driver error classes that mean no server could be reached or none could take writes. */
const MONGO_UNAVAILABLE = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoWriteConcernError',
]);

/** True when `err` says the store cannot be reached or written now (a later attempt may succeed). */
export function isStoreUnavailable(err: unknown): boolean {
  if (err instanceof AppError) return err.code === 'unavailable';
  if (!err || typeof err !== 'object') return false;
  const { code, name, message } = err as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && SQLITE_UNAVAILABLE.test(code)) return true;
  if (typeof name === 'string' && MONGO_UNAVAILABLE.has(name)) return true;
  // better-sqlite3 after the connection was closed (the process is shutting down).
  return name === 'TypeError' && message === 'The database connection is not open';
}

/** The AppError a caller sees while the store is unavailable; names no data. */
export const storeUnavailable = (): AppError => new AppError('unavailable', 'the store is unavailable; try again shortly');
