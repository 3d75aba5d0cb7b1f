/** The RJSF validator for the browser: the same draft 2020-12 formats and keywords as the server, Finnish messages. */
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type Ajv from 'ajv';
import ajvErrorsModule from 'ajv-errors';
import localizeModule from 'ajv-i18n';
import type { Plugin } from 'ajv';
import { customFormats, customKeywords } from '../ajv.js';

const unwrap = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const ajvErrors = unwrap<Plugin<unknown>>(ajvErrorsModule);
const localize = unwrap<Record<'fi' | 'en', (errors?: { keyword: string }[] | null) => void>>(localizeModule);

/** A validator for `<Form validator=…>`; the server's checkFormData stays the authority. */
export function createFormValidator(locale: 'fi' | 'en' = 'fi') {
  return customizeValidator(
    {
      AjvClass: Ajv2020 as unknown as typeof Ajv,
      customFormats: customFormats as Record<string, (data: string) => boolean>,
      extenderFn: (ajv) => {
        for (const keyword of customKeywords) ajv.addKeyword(keyword);
        ajvErrors(ajv);
        return ajv;
      },
    },
    // errorMessage errors carry the schema's own Finnish text: localize the others only.
    (errors) => localize[locale](errors?.filter((e) => e.keyword !== 'errorMessage')),
  );
}
