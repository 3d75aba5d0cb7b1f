/** Configuration from the environment: read once at start, validated, then passed down. */
import { resolve } from 'node:path';
import { AppError } from '../engine/errors.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  port: number;
  /** The address to listen on: 127.0.0.1 by default; 0.0.0.0 in a container behind a reverse proxy. */
  host: string;
  /** Express's `trust proxy`: false (the socket's address is the client's), a hop count, or the proxies' addresses/subnets. */
  trustProxy: boolean | number | string;
  dataDir: string;
  /** The built web app (index.html and assets/) served beside the API. */
  appDir: string;
  mongodbUrl: string | null;
  /** DATABASE_URL=postgres://…: the shared PostgreSQL store; null: SQLite in dataDir (or MongoDB). */
  databaseUrl: string | null;
  /** POLKU_PG_POOL_SIZE: connections per process to PostgreSQL. */
  pgPoolSize: number;
  demoPassword: string;
  /** Where the demo password came from, for the start-up message (never the password itself). */
  demoPasswordSource: 'POLKU_DEMO_PASSWORD' | 'default';
  production: boolean;
  logLevel: LogLevel;
  /** How often the timer loop looks for due timers. */
  timerIntervalMs: number;
  /** How long a claimed timer belongs to this process; a process that died gives its timers up after this. */
  timerLeaseMs: number;
  /** How long a SIGTERM waits for requests and steps in flight before the process exits anyway. */
  shutdownGraceMs: number;
  /** When set, `/metrics` answers only with `Authorization: Bearer <token>`; else it is open (counts only, no client data). */
  metricsToken: string | null;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Reads and validates the environment; throws an AppError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw bad('PORT', 'must be an integer 0–65535');
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase() as LogLevel;
  if (!LEVELS.includes(logLevel)) throw bad('LOG_LEVEL', `must be one of ${LEVELS.join(', ')}`);
  const demoPassword = env.POLKU_DEMO_PASSWORD ?? 'polku-demo';
  if (demoPassword.length < 8) throw bad('POLKU_DEMO_PASSWORD', 'must be at least 8 characters');
  const host = env.POLKU_HOST?.trim() || '127.0.0.1';
  if (!/^[0-9a-fA-F.:]+$|^localhost$/.test(host)) throw bad('POLKU_HOST', 'must be an IP address (e.g. 127.0.0.1 or 0.0.0.0)');
  const trustProxy = trustProxyOf(env.POLKU_TRUST_PROXY);
  const timerIntervalMs = milliseconds(env, 'POLKU_TIMER_INTERVAL_MS', 5_000);
  const timerLeaseMs = milliseconds(env, 'POLKU_TIMER_LEASE_MS', 60_000);
  if (timerLeaseMs < 1_000) throw bad('POLKU_TIMER_LEASE_MS', 'must be at least 1000');
  const shutdownGraceMs = milliseconds(env, 'POLKU_SHUTDOWN_GRACE_MS', 25_000);
  const metricsToken = env.POLKU_METRICS_TOKEN?.trim() || null;
  if (metricsToken && metricsToken.length < 16) throw bad('POLKU_METRICS_TOKEN', 'must be at least 16 characters');
  const mongodbUrl = env.MONGODB_URL?.trim() || null;
  if (mongodbUrl && !/^mongodb(\+srv)?:\/\//.test(mongodbUrl)) throw bad('MONGODB_URL', 'must start with mongodb://');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw bad('DATABASE_URL', 'must start with postgres://');
  if (databaseUrl && mongodbUrl) throw bad('DATABASE_URL', 'and MONGODB_URL cannot both be set');
  const pgPoolSize = Number(env.POLKU_PG_POOL_SIZE?.trim() || '10');
  if (!Number.isInteger(pgPoolSize) || pgPoolSize < 1 || pgPoolSize > 200) throw bad('POLKU_PG_POOL_SIZE', 'must be a whole number 1–200');
  return {
    port,
    host,
    trustProxy,
    dataDir: resolve(env.POLKU_DATA_DIR?.trim() || './data'),
    appDir: resolve(env.POLKU_APP_DIR?.trim() || './dist/app'),
    mongodbUrl,
    databaseUrl,
    pgPoolSize,
    demoPassword,
    demoPasswordSource: env.POLKU_DEMO_PASSWORD ? 'POLKU_DEMO_PASSWORD' : 'default',
    production: env.NODE_ENV === 'production',
    logLevel,
    timerIntervalMs,
    timerLeaseMs,
    shutdownGraceMs,
    metricsToken,
  };
}

/** POLKU_TRUST_PROXY: unset or `false` → false; a whole number → that many proxy hops; else addresses or subnets, comma-separated. */
function trustProxyOf(raw: string | undefined): boolean | number | string {
  const value = raw?.trim();
  if (!value || value === 'false') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  if (!/^[0-9a-fA-F.:/, ]+$|^(loopback|linklocal|uniquelocal)(, *(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*$/.test(value)) {
    throw bad('POLKU_TRUST_PROXY', "must be a hop count or the proxies' addresses/subnets, comma-separated");
  }
  return value;
}

/** A positive whole number of milliseconds from `name`, or the fallback when unset. */
function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 10 || ms > 3_600_000) throw bad(name, 'must be a whole number of milliseconds, 10–3600000');
  return ms;
}

function bad(name: string, message: string): AppError {
  return new AppError('invalid_input', `configuration ${name} ${message}`, [{ path: `/${name}`, message }]);
}
