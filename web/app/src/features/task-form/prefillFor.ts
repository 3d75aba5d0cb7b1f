/** The task form's prefill in the browser: the declarations of forms/prefill/ applied to the earlier forms and the worker's account. */
import { prefill, type EarlierForm, type PrefillMapping, type PrefillSource } from '../../../../../forms/prefill';
import type { EarlierForms, User } from '../../lib/types';

const files = import.meta.glob<{ default: PrefillMapping }>('../../../../../forms/prefill/*.json', { eager: true });
const MAPPINGS: Record<string, PrefillMapping> = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), module.default]),
);

/** The field id RJSF gives a JSON pointer (/client/name → root_client_name). */
export function fieldIdOf(pointer: string): string {
  return ['root', ...pointer.split('/').slice(1)].join('_');
}

/** The data prefilled for the form, and for each prefilled field's id where it came from. */
export function prefillTask(
  formKey: string | null,
  data: Record<string, unknown>,
  earlier: EarlierForms | undefined,
  user: User | null,
): { data: Record<string, unknown>; prefilled: Record<string, PrefillSource> } {
  // Oldest first: the calling paths' forms (outermost first), then the task's own path's.
  const forms: EarlierForm[] = [...(earlier?.paths ?? [])].reverse().flatMap((p) => p.items);
  const result = prefill(formKey ? MAPPINGS[formKey] : undefined, data, forms, user);
  return { data: result.data, prefilled: Object.fromEntries(Object.entries(result.sources).map(([p, s]) => [fieldIdOf(p), s])) };
}
