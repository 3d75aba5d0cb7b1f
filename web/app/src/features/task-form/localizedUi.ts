/** English titles for a form without changing its schema (the precompiled validator needs the original). */
import type { UiSchema } from '@rjsf/utils';
import en from '../../../../../forms/messages/en.json';

type Titles = Record<string, { title: string; fields: Record<string, string> }>;
const EN = (en as unknown as { forms: Titles }).forms;

/** The form's title in the language. */
export function formTitle(formKey: string, schema: { title?: string }, language: 'fi' | 'en'): string {
  return (language === 'en' && EN[formKey]?.title) || schema.title || formKey;
}

/** The uiSchema with `ui:title` for every top-level field that has an English title. */
export function localizedUiSchema(formKey: string, uiSchema: UiSchema, language: 'fi' | 'en'): UiSchema {
  const titles = language === 'en' ? EN[formKey] : undefined;
  const ui: UiSchema = { ...uiSchema, 'ui:title': '' };
  if (!titles) return ui;
  for (const [field, title] of Object.entries(titles.fields)) ui[field] = { ...(ui[field] as object | undefined), 'ui:title': title };
  return ui;
}
