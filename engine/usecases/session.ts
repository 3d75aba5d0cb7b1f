/** Signing in and out: sessions live in the store under the sha256 of their id, with a CSRF token. */
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';
import type { UserRecord } from '../store/Store.js';
import { now, type Caller, type UseCaseDeps } from './context.js';
import { UNKNOWN_USER_HASH, verifyPassword } from './passwords.js';

/** A session ends this long after sign-in, however active (one long working day). */
export const SESSION_ABSOLUTE_HOURS = 12;
/** A session ends after this long without a request. */
export const SESSION_IDLE_MINUTES = 30;
/** Activity is written at most this often, so not every request writes to the store. */
const TOUCH_EVERY_MS = 60_000;

/** The user as the session answer shows it (no password hash). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

/** The body of a session answer. */
export interface SignedIn {
  user: SessionUser;
  csrfToken: string;
}

/** The store key of a session id: the raw id only ever lives in the cookie. */
function sessionKey(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

function toSessionUser(u: UserRecord): SessionUser {
  return { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles };
}

/** Checks the credentials and opens a session; unknown user and wrong password give the same 401. */
export async function login(
  deps: UseCaseDeps,
  input: { username: string; password: string },
): Promise<SignedIn & { sessionId: string; expiresAt: Date }> {
  const user = await deps.store.findUserByUsername(input.username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await UNKNOWN_USER_HASH));
  // A disabled account gets the same answer as a wrong password: nothing tells whether it exists.
  if (!user || !ok || user.disabled) throw new AppError('unauthenticated', 'wrong username or password');
  return openSession(deps, user);
}

/** Opens a session for a user whose identity was checked (a password here, an OpenID Connect sign-in for clients). */
export async function openSession(deps: UseCaseDeps, user: UserRecord): Promise<SignedIn & { sessionId: string; expiresAt: Date }> {
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const createdAt = now(deps);
  const expiresAt = new Date(createdAt.getTime() + SESSION_ABSOLUTE_HOURS * 3600_000);
  await deps.store.createSession({
    id: sessionKey(sessionId),
    userId: user.id,
    csrfToken,
    createdAt: createdAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
    lastSeenAt: createdAt.toISOString(),
  });
  return { user: toSessionUser(user), csrfToken, sessionId, expiresAt };
}

/** The user and CSRF token of a live session, or null (unknown, past its absolute or idle expiry, or the user is gone or disabled). */
export async function resumeSession(deps: UseCaseDeps, sessionId: string): Promise<(SignedIn & { caller: Caller }) | null> {
  const key = sessionKey(sessionId);
  const session = await deps.store.getSession(key);
  if (!session) return null;
  const at = now(deps).getTime();
  const lastSeen = Date.parse(session.lastSeenAt ?? session.createdAt);
  if (Date.parse(session.expiresAt) <= at || lastSeen + SESSION_IDLE_MINUTES * 60_000 <= at) {
    await deps.store.deleteSession(key);
    return null;
  }
  const user = await deps.store.getUser(session.userId);
  if (!user || user.disabled) {
    await deps.store.deleteSession(key);
    return null;
  }
  if (at - lastSeen >= TOUCH_EVERY_MS) await deps.store.touchSession(key, new Date(at).toISOString());
  const sessionUser = toSessionUser(user);
  return { user: sessionUser, csrfToken: session.csrfToken, caller: sessionUser };
}

/** Ends a session; no error when it is already gone. */
export async function logout(deps: UseCaseDeps, sessionId: string): Promise<void> {
  await deps.store.deleteSession(sessionKey(sessionId));
}
