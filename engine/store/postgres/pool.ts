/**
 * The PostgreSQL connection pool and its transactions. A step's transaction that PostgreSQL
 * aborted for a deadlock or a serialization failure wrote nothing, so it runs again (a few times);
 * a unique-key violation surfaces as the caller decides.
 */
import pg from 'pg';

/** Anything that runs a query: the pool or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;
export type Row = Record<string, unknown>;

export interface PoolOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** Connections per process (POLKU_PG_POOL_SIZE); PostgreSQL's max_connections bounds the sum over processes. */
  poolSize?: number;
  /** The schema the tables live in (tests use one per test); default: the role's search_path. */
  schema?: string;
}

/** How long a request waits for a free connection or a new one before the store counts as unavailable (503). */
const CONNECT_TIMEOUT_MS = 5_000;
/** Transaction aborts that a rerun can fix: deadlock_detected, serialization_failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_RUNS = 5;

/** A pool whose idle-connection errors (the server restarted) are absorbed: the next query reconnects. */
export function createPool(o: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: o.url,
    max: o.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    ...(o.schema ? { options: `-c search_path=${o.schema}` } : {}),
  });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool drops it and opens a new one when asked */
  });
  return pool;
}

/** Runs `fn` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let run = 1; ; run++) {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      if (run < MAX_RUNS && RETRYABLE.has(String((err as { code?: unknown }).code))) continue;
      throw err;
    } finally {
      client.release(broken);
    }
  }
}

/** `@name` placeholders to `$n` ones with their values, so dynamic SQL reads like the SQLite adapter's. */
export function named(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const index = new Map<string, number>();
  const text = sql.replace(/@(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for @${name}`);
    let n = index.get(name);
    if (n === undefined) {
      values.push(params[name]);
      n = values.length;
      index.set(name, n);
    }
    return `$${n}`;
  });
  return { text, values };
}

/** Rows of a query with `@name` placeholders. */
export async function all(db: Queryable, sql: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const { text, values } = named(sql, params);
  return (await db.query(text, values)).rows as Row[];
}

/** The first row of a query with `@name` placeholders, or undefined. */
export async function one(db: Queryable, sql: string, params: Record<string, unknown> = {}): Promise<Row | undefined> {
  return (await all(db, sql, params))[0];
}

/** True when `err` is PostgreSQL's unique_violation. */
export const isUniqueViolation = (err: unknown): boolean => (err as { code?: unknown }).code === '23505';
