/**
 * Accounts, for the `admin` role only: list, create, change display name, roles or the disabled
 * flag, and reset a password. Changing roles, disabling or a new password ends the user's sessions,
 * so the change holds from the next request on.
 */
import { randomUUID } from 'node:crypto';
import { AppError, conflict, invalidInput, notFound } from '../errors.js';
import type { UserRecord } from '../store/Store.js';
import { hasAnyRole, now, type Caller, type UseCaseDeps } from './context.js';
import { hashPassword } from './passwords.js';

/** A user as the API shows it: never the password hash. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  disabled: boolean;
  createdAt: string;
}

export const MIN_PASSWORD_LENGTH = 12;

function view(u: UserRecord): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    disabled: u.disabled === true,
    createdAt: u.createdAt,
  };
}

function requireAdmin(caller: Caller): void {
  if (!hasAnyRole(caller, ['admin'])) throw new AppError('forbidden', 'only an admin manages accounts');
}

/** Refuses a weak password (400 on /password): too short, too few different characters, or containing the username. */
export function checkPasswordStrength(password: string, username: string): void {
  const problems: string[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push(`at least ${MIN_PASSWORD_LENGTH} characters`);
  if (new Set(password).size < 6) problems.push('at least 6 different characters');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('not the username');
  if (problems.length) {
    throw invalidInput('Salasana on liian heikko (the password is too weak).', [{ path: '/password', message: problems.join('; ') }]);
  }
}

async function existing(deps: UseCaseDeps, id: string): Promise<UserRecord> {
  const user = await deps.store.getUser(id);
  if (!user) throw notFound('user');
  return user;
}

/** Every account, by username. */
export async function listUsers(deps: UseCaseDeps, caller: Caller): Promise<{ items: UserView[]; nextCursor: null }> {
  requireAdmin(caller);
  return { items: (await deps.store.listUsers()).map(view), nextCursor: null };
}

/** Creates an account; 409 when the username is taken. */
export async function createUser(
  deps: UseCaseDeps,
  caller: Caller,
  input: { username: string; displayName: string; roles: string[]; password: string },
): Promise<UserView> {
  requireAdmin(caller);
  checkPasswordStrength(input.password, input.username);
  if (await deps.store.findUserByUsername(input.username)) throw conflict('the username is taken');
  const user: UserRecord = {
    id: randomUUID(),
    username: input.username,
    displayName: input.displayName,
    roles: [...new Set(input.roles)],
    passwordHash: await hashPassword(input.password),
    createdAt: now(deps).toISOString(),
    disabled: false,
  };
  await deps.store.saveUser(user);
  return view(user);
}

/** Changes display name, roles or the disabled flag; an admin cannot lock themselves out. */
export async function updateUser(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  input: { displayName?: string; roles?: string[]; disabled?: boolean },
): Promise<UserView> {
  requireAdmin(caller);
  const user = await existing(deps, id);
  if (user.id === caller.id && (input.disabled === true || (input.roles && !input.roles.includes('admin')))) {
    throw conflict('you cannot disable yourself or remove your own admin role');
  }
  const roles = input.roles ? [...new Set(input.roles)] : user.roles;
  const rolesChanged = roles.length !== user.roles.length || roles.some((r) => !user.roles.includes(r));
  const disabled = input.disabled ?? user.disabled === true;
  const updated: UserRecord = { ...user, displayName: input.displayName ?? user.displayName, roles, disabled };
  await deps.store.saveUser(updated);
  if (rolesChanged || (disabled && !user.disabled)) await deps.store.deleteUserSessions(user.id);
  return view(updated);
}

/** Sets a new password and ends the user's sessions. */
export async function resetPassword(deps: UseCaseDeps, caller: Caller, id: string, input: { password: string }): Promise<void> {
  requireAdmin(caller);
  const user = await existing(deps, id);
  checkPasswordStrength(input.password, user.username);
  await deps.store.saveUser({ ...user, passwordHash: await hashPassword(input.password) });
  await deps.store.deleteUserSessions(user.id);
}
