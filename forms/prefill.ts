/**
 * Prefill: a form's fields that an earlier form of the path (or of the path that called it) already
 * answered, and the worker's own details from their account. Declared per form in
 * `forms/prefill/<formKey>.json`, not in components:
 *
 *     { "fromForms": [{ "form": "background", "fields": { "/client/name": "/name" } }],
 *       "fromAccount": { "/recordedBy": "displayName" } }
 *
 * Keys are JSON pointers into the form being filled, values pointers into the earlier form (or an
 * account property). Only empty fields are filled; the newest earlier form wins. Pure, so the
 * browser uses it too.
 */

/** One form's prefill declaration. */
export interface PrefillMapping {
  fromForms?: { form: string; fields: Record<string, string> }[];
  fromAccount?: Record<string, 'displayName' | 'username'>;
}

/** An earlier completed form of the path. */
export interface EarlierForm {
  formKey: string | null;
  name?: string | null;
  data: Record<string, unknown> | null;
}

/** Where a prefilled value came from: an earlier form (its task's name) or the account. */
export type PrefillSource = { form: string } | { account: true };

type Data = Record<string, unknown>;

function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const key of segments(pointer)) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Data)[key];
  }
  return node;
}

function setAt(data: Data, pointer: string, value: unknown): void {
  const keys = segments(pointer);
  let node = data;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = next && typeof next === 'object' && !Array.isArray(next) ? { ...(next as Data) } : {};
    node = node[key] as Data;
  }
  node[keys[keys.length - 1]!] = value;
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The data with the declared fields filled where they are empty, and for each filled field (its
 * pointer) where the value came from. `earlier` is oldest first.
 */
export function prefill(
  mapping: PrefillMapping | undefined,
  data: Data,
  earlier: EarlierForm[],
  account: { displayName: string; username: string } | null,
): { data: Data; sources: Record<string, PrefillSource> } {
  const result: Data = structuredClone(data);
  const sources: Record<string, PrefillSource> = {};
  if (!mapping) return { data: result, sources };
  for (const { form, fields } of mapping.fromForms ?? []) {
    const source = [...earlier].reverse().find((f) => f.formKey === form && f.data);
    if (!source) continue;
    for (const [to, from] of Object.entries(fields)) {
      const value = valueAt(source.data, from);
      if (empty(value) || !empty(valueAt(result, to))) continue;
      setAt(result, to, structuredClone(value));
      sources[to] = { form: source.name ?? form };
    }
  }
  for (const [to, property] of Object.entries(mapping.fromAccount ?? {})) {
    if (!account || !empty(valueAt(result, to))) continue;
    setAt(result, to, account[property]);
    sources[to] = { account: true };
  }
  return { data: result, sources };
}
