/** The one ajv for form data: draft 2020-12, strict, all errors, formats incl. henkilötunnus, ajv-errors. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import ajvErrorsModule from 'ajv-errors';
import type { Plugin } from 'ajv';
import { customFormats } from './formats.js';
import { anonymousTextKeyword } from './anonymousText.js';

// Both packages are CommonJS; under NodeNext their default export arrives wrapped or not, by loader.
const unwrap = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const addFormats = unwrap<Plugin<unknown>>(addFormatsModule);
const ajvErrors = unwrap<Plugin<unknown>>(ajvErrorsModule);

export { customFormats };

/** The custom keywords of the forms, shared with the React validator. */
export const customKeywords = [anonymousTextKeyword];

/** A new ajv configured for the form schemas. */
export function createFormAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, keywords: customKeywords });
  addFormats(ajv, ['date', 'date-time', 'email']);
  for (const [name, format] of Object.entries(customFormats)) ajv.addFormat(name, format);
  ajvErrors(ajv);
  return ajv;
}
