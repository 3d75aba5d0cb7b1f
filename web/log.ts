/** JSON-lines logger: one object per line, never request bodies, identity codes redacted. */
import type { LogLevel } from './config.js';

export interface Logger {
  /** Writes one JSON line when the level is enabled. */
  log(level: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Finnish personal identity code (henkilötunnus) pattern: DDMMYY, century sign, 3 digits, check char. */
const HETU = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]\b/gi;

/** Replaces anything shaped like a henkilötunnus; used on every log line and error message. */
/** True when the text carries something shaped like a henkilötunnus. */
export function hasHetu(text: string): boolean {
  HETU.lastIndex = 0;
  const found = HETU.test(text);
  HETU.lastIndex = 0;
  return found;
}

export function redact(text: string): string {
  return text.replace(HETU, '[redacted]');
}

/** A logger writing to `write` (stdout by default) at and above `level`. */
export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  return {
    log(at, msg, fields = {}) {
      if (ORDER[at] < ORDER[level]) return;
      write(redact(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields })) + '\n');
    },
  };
}
