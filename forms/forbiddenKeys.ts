/** Keys that could reach an object's prototype are refused anywhere in submitted data. */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/** A refused place in the data: a forbidden key, or nesting deeper than any form goes. */
export interface ForbiddenKey {
  path: string;
  reason: 'forbiddenKey' | 'tooDeep';
}

/** Every forbidden own key (JSON.parse makes `__proto__` an own key) and over-deep nesting, as JSON pointers. */
export function findForbiddenKeys(value: unknown, path = '', depth = 0): ForbiddenKey[] {
  if (typeof value !== 'object' || value === null) return [];
  if (depth > MAX_DEPTH) return [{ path, reason: 'tooDeep' }];
  const found: ForbiddenKey[] = [];
  for (const key of Object.keys(value)) {
    const child = `${path}/${escapePointer(key)}`;
    if (FORBIDDEN.has(key)) found.push({ path: child, reason: 'forbiddenKey' });
    else found.push(...findForbiddenKeys((value as Record<string, unknown>)[key], child, depth + 1));
  }
  return found;
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
