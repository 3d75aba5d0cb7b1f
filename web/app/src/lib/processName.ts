/** A process's name in the user's language: its `processes.<key>` message, else the fallback (the diagram's name or the key). */
import type { TFunction } from 'i18next';

export function processName(t: TFunction, key: string, fallback: string = key): string {
  return t(`processes.${key}`, { defaultValue: fallback });
}
