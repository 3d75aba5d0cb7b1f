/** The client's identity from the sign-in: a one-way key of the henkilötunnus and the account name made of it. */
import { createHash } from 'node:crypto';

/** The role every signed-in client holds; workers' routes are closed to it. */
export const CLIENT_ROLE = 'client';
const PREFIX = 'client-';

/** A one-way key of a henkilötunnus (uppercased): what links an identity to its paths; the code itself is never stored. */
export function subjectKeyOf(henkilotunnus: string): string {
  return createHash('sha256').update(`polku-client:${henkilotunnus.trim().toUpperCase()}`, 'utf8').digest('hex');
}

/** The account name of a signed-in client: from the key, so the account finds its links without storing the code. */
export function clientUsername(subjectKey: string): string {
  return PREFIX + subjectKey;
}

/** The subject key of a client account name, or null when the name is not a client's. */
export function subjectKeyOfUsername(username: string): string | null {
  return username.startsWith(PREFIX) && /^[0-9a-f]{64}$/.test(username.slice(PREFIX.length)) ? username.slice(PREFIX.length) : null;
}
