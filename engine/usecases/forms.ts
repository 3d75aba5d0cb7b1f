/** The form catalogue as the API shows it. */
import { AppError, invalidInput, notFound } from '../errors.js';
import type { FormDefinition, UseCaseDeps } from './context.js';

/** Every form key with its schema and uiSchema. */
export function listForms(deps: UseCaseDeps): { items: (FormDefinition & { formKey: string })[]; nextCursor: null } {
  return {
    items: deps.forms.listFormKeys().map((formKey) => ({ formKey, ...(deps.forms.getForm(formKey) as FormDefinition) })),
    nextCursor: null,
  };
}

/** One form; not_found for an unknown key. */
export function getForm(deps: UseCaseDeps, formKey: string): FormDefinition {
  const form = deps.forms.getForm(formKey);
  if (!form) throw notFound('form');
  return { schema: form.schema, uiSchema: form.uiSchema };
}

/** Checks data against a form: invalid_input with one Finnish detail per failing field; internal when the form is missing. */
export function checkFormInput(deps: UseCaseDeps, formKey: string, data: unknown): void {
  if (!deps.forms.getForm(formKey)) throw new AppError('internal', `form ${formKey} is missing`);
  const problems = deps.forms.checkFormData(formKey, data, 'fi');
  if (problems.length) throw invalidInput('Lomakkeen tiedoissa on korjattavaa.', problems);
}
