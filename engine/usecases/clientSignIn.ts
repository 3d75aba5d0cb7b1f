/** A client's sign-in after strong identification: their account (made on first sign-in) and a session like a worker's. */
import { randomUUID } from 'node:crypto';
import { CLIENT_ROLE, clientUsername, subjectKeyOf } from '../clientPart/identity.js';
import { AppError } from '../errors.js';
import { clientPartOf } from '../policy/clientAccess.js';
import { now, type UseCaseDeps } from './context.js';
import { openSession } from './session.js';

/** Opens a session for the verified identity; the account carries a one-way key of the henkilötunnus, never the code. */
export async function signInClient(deps: UseCaseDeps, identity: { henkilotunnus: string; name: string }): ReturnType<typeof openSession> {
  const key = subjectKeyOf(identity.henkilotunnus);
  const username = clientUsername(key);
  let user = await deps.store.findUserByUsername(username);
  if (user?.disabled) throw new AppError('unauthenticated', 'this account is closed');
  if (!user) {
    // No password: a client signs in only through the identity provider ('!' never verifies).
    user = {
      id: randomUUID(),
      username,
      displayName: identity.name || 'Asiakas',
      roles: [CLIENT_ROLE],
      passwordHash: '!',
      createdAt: now(deps).toISOString(),
    };
    await deps.store.saveUser(user);
  }
  return openSession(deps, user);
}

/** Links a client identity to a client pseudonym (the demo seed; a worker's registration of the client). */
export async function linkClientIdentity(deps: UseCaseDeps, henkilotunnus: string, clientRef: string): Promise<void> {
  await clientPartOf(deps).linkClient({ subjectKey: subjectKeyOf(henkilotunnus), clientRef, linkedAt: now(deps).toISOString() });
}
