/** Fields the engine and the use cases own: a caller never sets them through variables, messages or form data. */
import { invalidInput } from '../errors.js';
import { IPS } from '../usecases/ipsRules.js';

import { ENGINE_OWNED } from '../engineOwned.js';

export { ENGINE_OWNED };

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

/** Messages only the use cases send (an IPS place coming free moves the caseload count with it). */
export const ENGINE_MESSAGES: readonly string[] = [IPS.placeFreeMessage];

/** Refuses (400 naming the field) a message name the use cases keep to themselves. */
export function refuseEngineMessage(name: string, pointer: string): void {
  if (ENGINE_MESSAGES.includes(name))
    throw invalidInput('Tätä viestiä ei voi lähettää käsin (Polku sends this message itself).', [
      { path: pointer, message: `${name} is sent by Polku, not by a caller` },
    ]);
}
