/** Server-side check of form data: ajv per form key, one localized message per failing field. */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import localizeModule from 'ajv-i18n';
import { AppError } from '../engine/errors.js';
import { createFormAjv } from './ajv.js';
import { schemaOf } from './catalog.js';
import { escapePointer, findForbiddenKeys } from './forbiddenKeys.js';
import { fillChecklistTotals } from './checklistTotals.js';
import { messageOf, type Messages } from './fieldMessages.js';

/** One failing field: a JSON pointer and a message that never repeats the submitted value. */
export interface FieldError {
  path: string;
  message: string;
}

export type Locale = 'fi' | 'en';

type Localize = (errors?: null | ErrorObject[]) => void;
const localize = ((localizeModule as { default?: unknown }).default ?? localizeModule) as Record<Locale, Localize>;

const readMessages = (locale: Locale): Messages =>
  JSON.parse(readFileSync(new URL(`./messages/${locale}.json`, import.meta.url), 'utf8')) as Messages;
const MESSAGES: Record<Locale, Messages> = { fi: readMessages('fi'), en: readMessages('en') };

/** Forms whose computed fields the server fills before checking (a wrong submitted value is corrected). */
const COMPUTED: Record<string, (data: unknown) => void> = { checklist: fillChecklistTotals };

const ajv = createFormAjv();
const compiled = new Map<string, ValidateFunction>();

function validatorOf(formKey: string): ValidateFunction | undefined {
  const cached = compiled.get(formKey);
  if (cached) return cached;
  const schema = schemaOf(formKey);
  if (!schema) return undefined;
  const validate = ajv.compile(schema);
  compiled.set(formKey, validate);
  return validate;
}

/**
 * Validates data against the form; [] when valid, else one error per failing field in `locale`.
 * Throws AppError('invalid_input') for an unknown form key. Fills computed fields in place.
 */
export function checkFormData(formKey: string, data: unknown, locale: Locale = 'fi'): FieldError[] {
  const validate = typeof formKey === 'string' && /^[a-z0-9-]+$/.test(formKey) ? validatorOf(formKey) : undefined;
  if (!validate) throw new AppError('invalid_input', 'unknown form key');
  const messages = MESSAGES[locale === 'en' ? 'en' : 'fi'];
  const forbidden = findForbiddenKeys(data);
  if (forbidden.length) return forbidden.map(({ path, reason }) => ({ path, message: messages[reason]! }));
  COMPUTED[formKey]?.(data);
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).map((e) => ({ ...e }));
  // errorMessage errors already carry the schema's own Finnish text: localize the rest only.
  localize[locale === 'en' ? 'en' : 'fi'](errors.filter((e) => e.keyword !== 'errorMessage'));
  return onePerField(errors, messages);
}

function onePerField(errors: ErrorObject[], messages: Messages): FieldError[] {
  const byPath = new Map<string, string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue; // the failing "then" reports the field itself
    const path = pathOf(error);
    if (!byPath.has(path)) byPath.set(path, messageOf(error, messages));
  }
  return [...byPath].map(([path, message]) => ({ path, message }));
}

const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function pathOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'errorMessage') {
    const inner = (p.errors as ErrorObject[] | undefined)?.[0];
    return inner ? pathOf(inner) : error.instancePath;
  }
  if (error.keyword === 'required') return `${error.instancePath}/${escapePointer(String(p.missingProperty))}`;
  if (error.keyword === 'additionalProperties') {
    // An unknown key is submitted text: name it only when it cannot carry personal data.
    const key = String(p.additionalProperty);
    return SAFE_KEY.test(key) ? `${error.instancePath}/${key}` : error.instancePath;
  }
  return error.instancePath;
}
