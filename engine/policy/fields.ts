/** Fields the engine and the use cases own: a caller never sets them through variables, messages or form data. */
import { invalidInput } from '../errors.js';

export const ENGINE_OWNED = ['clientRef', 'responsiblePerson', 'startedBy', 'organisation', 'teamWaitSince'] as const;

/**
 * Refuses data naming an engine-owned field (400 naming it). `allowed` lists the fields a form
 * itself asks for: the TTS team part names the responsible person (section 12).
 */
export function refuseEngineOwned(data: Record<string, unknown> | undefined, pointer: string, allowed: readonly string[] = []): void {
  if (!data) return;
  const named = ENGINE_OWNED.filter((f) => Object.hasOwn(data, f) && !allowed.includes(f));
  if (named.length) {
    throw invalidInput(
      'Moottorin omia kenttiä ei voi asettaa (engine-owned fields cannot be set).',
      named.map((f) => ({ path: `${pointer}/${f}`, message: `${f} is set by Polku, not by the caller` })),
    );
  }
}
