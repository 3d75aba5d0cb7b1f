/** The id of a field's error text, for aria-describedby. */
export function errorId(id: string): string {
  return `${id}__error`;
}

/** The first error of a field, or undefined. */
export function firstError(rawErrors: string[] | undefined): string | undefined {
  return rawErrors?.find(Boolean);
}
