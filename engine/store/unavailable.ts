/**
 * Tells a store that cannot be reached from every other failure, for every adapter: such an
 * error becomes `unavailable` (503, try again) instead of `internal` (500, a bug). A step that
 * fails this way wrote nothing: SQLite could not begin its transaction, MongoDB and PostgreSQL
 * aborted it (a PostgreSQL transaction whose connection dropped is rolled back by the server).
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

/**
 * PostgreSQL SQLSTATEs that mean the server cannot serve now: connection exceptions (08…), the
 * server shutting down or starting (57P01–57P03), too many connections (53300), read-only standby (25006).
 */
const PG_UNAVAILABLE = /^(08\d{3}|57P0[123]|53300|25006)$/;
/** Node socket errors of a database connection (the pg driver passes them through). */
const SOCKET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** The pg driver's own messages for a connection it lost or could not get in time. */
const PG_LOST = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** True when `err` says the store cannot be reached or written now (a later attempt may succeed). */
export function isStoreUnavailable(err: unknown): boolean {
  if (err instanceof AppError) return err.code === 'unavailable';
  if (!err || typeof err !== 'object') return false;
  const { code, name, message } = err as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && SQLITE_UNAVAILABLE.test(code)) return true;
  if (typeof name === 'string' && MONGO_UNAVAILABLE.has(name)) return true;
  if (typeof code === 'string' && (PG_UNAVAILABLE.test(code) || SOCKET_UNAVAILABLE.has(code))) return true;
  if (typeof message === 'string' && PG_LOST.test(message)) return true;
  if (err instanceof AggregateError) return err.errors.some(isStoreUnavailable);
  // better-sqlite3 after the connection was closed (the process is shutting down).
  return name === 'TypeError' && message === 'The database connection is not open';
}

/** The AppError a caller sees while the store is unavailable; names no data. */
export const storeUnavailable = (): AppError => new AppError('unavailable', 'the store is unavailable; try again shortly');
