/**
 * The limits of variables no form checks (a start without a start form, a message, a retry): the
 * same bounds a form gives its data. At most 100 keys, keys shaped like form field names, texts
 * of at most 4,000 characters (a form's longest field) without NUL, other control characters or
 * lone surrogates, nesting no deeper than a form's, and 64 KB in all. 400 naming the field.
 */
import { invalidInput, type ErrorDetail } from '../errors.js';
import { findForbiddenKeys } from '../../forms/forbiddenKeys.js';

const MAX_KEYS = 100;
const MAX_TEXT = 4_000;
const MAX_BYTES = 64 * 1024;
const MAX_DEPTH = 8;
const MAX_ITEMS = 200;
/** A form field's name: a letter, then letters, digits, `_` or `-`. */
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** True when the text has a control character other than TAB, LF and CR, or a UTF-16 half without its pair. */
function badText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** The problems of one value at `path` (JSON pointer), at most a few per value. */
function problemsOf(value: unknown, path: string, depth: number): ErrorDetail[] {
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT) return [{ path, message: `at most ${MAX_TEXT} characters` }];
    if (badText(value)) return [{ path, message: 'control characters or broken characters are not allowed' }];
    return [];
  }
  if (value === null || typeof value !== 'object') return [];
  if (depth >= MAX_DEPTH) return [{ path, message: `nested at most ${MAX_DEPTH} levels` }];
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) return [{ path, message: `at most ${MAX_ITEMS} items` }];
    return value.flatMap((v, i) => problemsOf(v, `${path}/${i}`, depth + 1));
  }
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) return [{ path: path || '/', message: `at most ${MAX_KEYS} fields` }];
  const bad = keys.filter((k) => !KEY.test(k));
  // A bad key is submitted text: the message names the object, never the key itself.
  if (bad.length) return [{ path: path || '/', message: 'field names are letters, digits, _ or - (at most 64)' }];
  return keys.flatMap((k) => problemsOf((value as Record<string, unknown>)[k], `${path}/${k}`, depth + 1));
}

/** Refuses (400, naming each field under `pointer`) variables past the limits a form would give them. */
export function checkFreeVariables(variables: Record<string, unknown> | undefined, pointer: string): void {
  if (!variables) return;
  const forbidden = findForbiddenKeys(variables).map((f) => ({ path: pointer + f.path, message: 'this field name is not allowed' }));
  const problems = forbidden.length
    ? forbidden
    : problemsOf(variables, '', 0).map((p) => ({ ...p, path: pointer + (p.path === '/' ? '' : p.path) }));
  if (!problems.length && Buffer.byteLength(JSON.stringify(variables), 'utf8') > MAX_BYTES)
    problems.push({ path: pointer, message: `at most ${MAX_BYTES / 1024} KB in all` });
  if (problems.length) throw invalidInput('Muuttujissa on korjattavaa (the variables exceed what a form allows).', problems.slice(0, 20));
}
