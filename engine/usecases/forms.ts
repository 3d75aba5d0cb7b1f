/** The form catalogue as the API shows it. */
import { notFound } from '../errors.js';
import type { FormDefinition, UseCaseDeps } from './context.js';

/** Every form key with its schema and uiSchema. */
export function listForms(deps: UseCaseDeps): { items: (FormDefinition & { formKey: string })[]; nextCursor: null } {
  return { items: deps.forms.listFormKeys().map((formKey) => ({ formKey, ...(deps.forms.getForm(formKey) as FormDefinition) })), nextCursor: null };
}

/** One form; not_found for an unknown key. */
export function getForm(deps: UseCaseDeps, formKey: string): FormDefinition {
  const form = deps.forms.getForm(formKey);
  if (!form) throw notFound('form');
  return { schema: form.schema, uiSchema: form.uiSchema };
}
