/**
 * Fields chosen with the user picker: a form's uiSchema marks them `ui:widget: "userPicker"` with
 * `ui:options.roles`; the completion refuses a username that is not an active user of those roles,
 * naming the field, so a path is never assigned to a made-up or disabled account.
 */
import { invalidInput } from '../errors.js';
import { isActiveWith } from '../roles.js';
import type { FormDefinition, UseCaseDeps } from './context.js';

/** A field chosen with the picker: its JSON pointer in the form data and the roles offered. */
export interface PickerField {
  pointer: string;
  roles: string[];
}

/** The picker fields of a form, found in its uiSchema (objects nested in objects; not inside arrays). */
export function pickerFields(form: FormDefinition | null | undefined): PickerField[] {
  const found: PickerField[] = [];
  const walk = (ui: unknown, pointer: string) => {
    if (!ui || typeof ui !== 'object' || Array.isArray(ui)) return;
    const node = ui as Record<string, unknown>;
    if (node['ui:widget'] === 'userPicker') {
      const roles = (node['ui:options'] as { roles?: unknown } | undefined)?.roles;
      found.push({ pointer, roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [] });
      return;
    }
    for (const [key, child] of Object.entries(node)) if (!key.startsWith('ui:') && key !== 'items') walk(child, `${pointer}/${key}`);
  };
  walk(form?.uiSchema, '');
  return found;
}

/** Refuses (400 naming the field) a chosen username that is not an active user of the field's roles. */
export async function checkUserChoices(
  deps: UseCaseDeps,
  form: FormDefinition | null | undefined,
  data: Record<string, unknown>,
): Promise<void> {
  const problems = [];
  for (const field of pickerFields(form)) {
    const value = valueAt(data, field.pointer);
    if (value === undefined || value === null || value === '') continue;
    const user = typeof value === 'string' ? await deps.store.findUserByUsername(value) : null;
    if (!user || !isActiveWith(user, field.roles))
      problems.push({
        path: field.pointer,
        message: 'Valitse käyttäjä listasta: tunnusta ei ole käytössä tai sillä ei ole sopivaa roolia.',
      });
  }
  if (problems.length) throw invalidInput('Lomakkeen tiedoissa on korjattavaa.', problems);
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const key of pointer.split('/').slice(1)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
