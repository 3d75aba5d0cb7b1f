/** The form catalogue: one JSON Schema and one uiSchema per form key, read from forms/schemas/. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A form: its JSON Schema (draft 2020-12) and its RJSF uiSchema. */
export interface FormDefinition {
  schema: object;
  uiSchema: object;
}

const DIR = new URL('./schemas/', import.meta.url);
let cache: Map<string, FormDefinition> | undefined;

function load(): Map<string, FormDefinition> {
  if (cache) return cache;
  const forms = new Map<string, FormDefinition>();
  const keys = readdirSync(fileURLToPath(DIR))
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => f.slice(0, -'.schema.json'.length))
    .sort();
  for (const key of keys) {
    const read = (suffix: string) => JSON.parse(readFileSync(new URL(`${key}${suffix}`, DIR), 'utf8')) as object;
    forms.set(key, { schema: read('.schema.json'), uiSchema: read('.ui.json') });
  }
  cache = forms;
  return forms;
}

/** Every known form key, sorted. */
export function listFormKeys(): string[] {
  return [...load().keys()];
}

/** The schema and uiSchema of a form key (deep copies, safe to change), or undefined. */
export function getForm(formKey: string): FormDefinition | undefined {
  const form = load().get(formKey);
  return form ? structuredClone(form) : undefined;
}

/** The catalogue's own schema of a form key (not copied: callers must not change it). */
export function schemaOf(formKey: string): object | undefined {
  return load().get(formKey)?.schema;
}
