/** English (second locale) titles for a form: the form title and its top-level fields; Finnish stays where none is given. */
import { readFileSync } from 'node:fs';
import { getForm, type FormDefinition } from './catalog.js';

type Titles = Record<string, { title: string; fields: Record<string, string> }>;
const EN = (JSON.parse(readFileSync(new URL('./messages/en.json', import.meta.url), 'utf8')) as { forms: Titles }).forms;

/** The form of a key with titles in `locale` (a copy), or undefined for an unknown key. */
export function getLocalizedForm(formKey: string, locale: 'fi' | 'en' = 'fi'): FormDefinition | undefined {
  const form = getForm(formKey);
  if (!form || locale === 'fi') return form;
  const titles = Object.hasOwn(EN, formKey) ? EN[formKey] : undefined;
  if (!titles) return form;
  const schema = form.schema as { title?: string; properties?: Record<string, { title?: string }> };
  schema.title = titles.title;
  for (const [field, title] of Object.entries(titles.fields)) {
    const prop = schema.properties?.[field];
    if (prop && Object.hasOwn(schema.properties!, field)) prop.title = title;
  }
  return form;
}
