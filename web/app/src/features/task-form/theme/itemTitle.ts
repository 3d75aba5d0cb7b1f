/** How the theme names one row of a list field: the item schema's title, else the list's own title. */

/** The row's title, e.g. "Kutsuttu taho". */
export function itemTitle(items: unknown, fallback: string): string {
  const title = items && typeof items === 'object' ? (items as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title ? title : fallback;
}

/** The title inside a sentence ("Lisää kutsuttu taho"): a leading capital lowered unless it starts an acronym (TYP). */
export function inSentence(title: string): string {
  if (title.length > 1 && title[1] === title[1]!.toLocaleLowerCase('fi')) return title[0]!.toLocaleLowerCase('fi') + title.slice(1);
  return title;
}

/** The row index of a field path that ends in a list position (root_invitedParties_0 → 0), else null. */
export function rowIndex(path: readonly (string | number)[]): number | null {
  const last = path[path.length - 1];
  return typeof last === 'number' ? last : null;
}
