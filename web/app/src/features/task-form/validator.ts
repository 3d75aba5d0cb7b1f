/**
 * The RJSF validator of a form: precompiled at build time (the page's CSP forbids compiling in the
 * browser) from the same schemas, formats and keywords as the server, with the same messages.
 */
import type { RJSFSchema, RJSFValidationError, ValidatorType } from '@rjsf/utils';
import createPrecompiledValidator from '@rjsf/validator-ajv8/lib/createPrecompiledValidator.js';
import type { ErrorObject } from 'ajv';
import localizeEn from 'ajv-i18n/localize/en';
import localizeFi from 'ajv-i18n/localize/fi';
import en from '../../../../../forms/messages/en.json';
import fi from '../../../../../forms/messages/fi.json';
import { messageOf, type Messages } from '../../../../../forms/fieldMessages';
import { formValidators } from '../../generated/formValidators';

const MESSAGES: Record<'fi' | 'en', Messages> = { fi: fi as Messages, en: en as unknown as Messages };
const LOCALIZE = { fi: localizeFi, en: localizeEn };

/** The validator for a form key in a language; the schema must be the form's own (Finnish) schema. */
export function validatorFor(formKey: string, schema: RJSFSchema, language: 'fi' | 'en'): ValidatorType | null {
  const fns = formValidators[formKey];
  if (!fns) return null;
  const localizer = (errors?: ErrorObject[] | null) => {
    if (!errors) return;
    LOCALIZE[language](errors.filter((e) => e.keyword !== 'errorMessage'));
    for (const error of errors) error.message = messageOf(error, MESSAGES[language]);
  };
  return createPrecompiledValidator(fns, schema, localizer as never);
}

type RawError = { instancePath: string; params: { missingProperty?: string } };

/**
 * RJSF's transformErrors: an ajv-errors `errorMessage` (the schemas' own Finnish "Kerro, mikä muu.")
 * reports at the object; put it on the field it is about, as the server's check does, and drop the
 * `if` errors whose failing `then` already names the field.
 */
export function atTheirFields(errors: RJSFValidationError[]): RJSFValidationError[] {
  return errors.flatMap((error) => {
    if (error.name === 'if') return [];
    if (error.name !== 'errorMessage') return [error];
    const inner = (error.params as { errors?: RawError[] } | undefined)?.errors?.[0];
    if (!inner) return [error];
    const base = inner.instancePath.replace(/\//g, '.');
    const property = inner.params.missingProperty ? `${base}.${inner.params.missingProperty}` : base;
    return [{ ...error, property, stack: `${property} ${error.message ?? ''}`.trim() }];
  });
}
