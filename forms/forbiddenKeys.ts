/** Keys that could reach an object's prototype are refused anywhere in submitted data. */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/** JSON pointers of every forbidden own key (JSON.parse makes `__proto__` an own key), plus over-deep nesting. */
export function findForbiddenKeys(value: unknown, path = '', depth = 0): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (depth > MAX_DEPTH) return [path];
  const found: string[] = [];
  for (const key of Object.keys(value)) {
    const child = `${path}/${escapePointer(key)}`;
    if (FORBIDDEN.has(key)) found.push(child);
    else found.push(...findForbiddenKeys((value as Record<string, unknown>)[key], child, depth + 1));
  }
  return found;
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
