/** Configuration from the environment: read once at start, validated, then passed down. */
import { resolve } from 'node:path';
import { AppError } from '../engine/errors.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  port: number;
  dataDir: string;
  /** The built web app (index.html and assets/) served beside the API. */
  appDir: string;
  mongodbUrl: string | null;
  demoPassword: string;
  /** Where the demo password came from, for the start-up message (never the password itself). */
  demoPasswordSource: 'POLKU_DEMO_PASSWORD' | 'default';
  production: boolean;
  logLevel: LogLevel;
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
  const mongodbUrl = env.MONGODB_URL?.trim() || null;
  if (mongodbUrl && !/^mongodb(\+srv)?:\/\//.test(mongodbUrl)) throw bad('MONGODB_URL', 'must start with mongodb://');
  return {
    port,
    dataDir: resolve(env.POLKU_DATA_DIR?.trim() || './data'),
    appDir: resolve(env.POLKU_APP_DIR?.trim() || './dist/app'),
    mongodbUrl,
    demoPassword,
    demoPasswordSource: env.POLKU_DEMO_PASSWORD ? 'POLKU_DEMO_PASSWORD' : 'default',
    production: env.NODE_ENV === 'production',
    logLevel,
  };
}

function bad(name: string, message: string): AppError {
  return new AppError('invalid_input', `configuration ${name} ${message}`, [{ path: `/${name}`, message }]);
}
