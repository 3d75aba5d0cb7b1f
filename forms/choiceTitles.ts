/**
 * The words for a field's coded choices (enum values such as `needs-retraining` or `health-doctor`):
 * the schema's `oneOf` titles, else the uiSchema's `ui:enumNames` (Finnish), in English from
 * `messages/en.json` `choices` when asked. One function for the app's completed forms and the TTS PDF.
 * Pure (no file access), so the browser uses it too.
 */

/** The parts of a JSON Schema this reads. */
export interface ChoiceSchema {
  enum?: unknown[];
  oneOf?: { const?: unknown; title?: string }[];
  items?: ChoiceSchema;
}

/** The uiSchema node of the field (for an array of choices, the array's node). */
export type ChoiceUi = { 'ui:enumNames'?: unknown } | undefined;

/** True when the field (or its items) is a list of coded choices. */
export function hasChoices(field: ChoiceSchema | undefined): boolean {
  if (!field) return false;
  return !!field.enum || !!field.oneOf || (!!field.items && (!!field.items.enum || !!field.items.oneOf));
}

/**
 * The title of `value` at the field; `english` (value → English words) is used first when given.
 * Falls back to the value itself only when the form names it nowhere.
 */
export function choiceTitle(field: ChoiceSchema | undefined, ui: ChoiceUi, value: unknown, english?: Record<string, string>): string {
  const key = String(value);
  if (english && Object.hasOwn(english, key)) return english[key]!;
  const source = field?.enum || field?.oneOf ? field : field?.items;
  const titled = source?.oneOf?.find((o) => o.const === value)?.title;
  if (titled) return titled;
  const names = ui?.['ui:enumNames'];
  const index = source?.enum?.indexOf(value) ?? -1;
  if (Array.isArray(names) && index >= 0 && typeof names[index] === 'string') return names[index] as string;
  return key;
}
