/**
 * Accounts, for the `admin` role only: list, create, change display name, roles or the disabled
 * flag, and reset a password. Changing roles, disabling or a new password ends the user's sessions,
 * so the change holds from the next request on. An admin never grants a role to themselves (a
 * second admin must), and every change is written to the account change log an auditor reads.
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

/** Roles that read any client's data: granted only by a second admin. */
const AUDIT_ROLES = ['auditor'];

/** Who created the account, from the account change log (null for seeded accounts). */
async function createdBy(deps: UseCaseDeps, userId: string): Promise<string | null> {
  const changes = await deps.store.listAccountChanges(1_000, userId);
  return changes.find((c) => c.change.startsWith('created'))?.actor ?? null;
}

/** Writes who changed which account and what, after the change is stored. */
async function logChange(deps: UseCaseDeps, caller: Caller, user: UserRecord, change: string): Promise<void> {
  await deps.store.appendAccountChange({ at: now(deps).toISOString(), actor: caller.id, userId: user.id, username: user.username, change });
}

/** What a role change did, e.g. `roles +auditor -nurse`. */
function roleChange(before: string[], after: string[]): string {
  const added = after.filter((r) => !before.includes(r)).map((r) => `+${r}`);
  const removed = before.filter((r) => !after.includes(r)).map((r) => `-${r}`);
  return `roles ${[...added, ...removed].join(' ')}`;
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
  if (input.roles.some((r) => AUDIT_ROLES.includes(r)))
    throw new AppError('forbidden', 'the auditor role is granted to an existing account by an admin who did not create it');
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
  await logChange(deps, caller, user, `created with roles ${user.roles.join(', ')}`);
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
  // A role an admin gives themselves opens client data (an auditor exports any client): a second admin grants it.
  const selfGranted = user.id === caller.id ? roles.filter((r) => !user.roles.includes(r)) : [];
  if (selfGranted.length)
    throw new AppError('forbidden', `an admin cannot grant themselves a role (${selfGranted.join(', ')}); another admin must grant it`);
  // Nor the auditor role (any client's export) to an account they created and set the password of.
  if (roles.some((r) => AUDIT_ROLES.includes(r) && !user.roles.includes(r)) && (await createdBy(deps, user.id)) === caller.id)
    throw new AppError('forbidden', 'the auditor role is granted by an admin who did not create the account');
  const disabled = input.disabled ?? user.disabled === true;
  const updated: UserRecord = { ...user, displayName: input.displayName ?? user.displayName, roles, disabled };
  await deps.store.saveUser(updated);
  if (rolesChanged || (disabled && !user.disabled)) await deps.store.deleteUserSessions(user.id);
  const changes = [
    rolesChanged ? roleChange(user.roles, roles) : null,
    updated.displayName !== user.displayName ? 'display name' : null,
    disabled !== (user.disabled === true) ? (disabled ? 'disabled' : 'enabled') : null,
  ].filter((c): c is string => c !== null);
  if (changes.length) await logChange(deps, caller, updated, changes.join('; '));
  return view(updated);
}

/** Sets a new password and ends the user's sessions. */
export async function resetPassword(deps: UseCaseDeps, caller: Caller, id: string, input: { password: string }): Promise<void> {
  requireAdmin(caller);
  const user = await existing(deps, id);
  checkPasswordStrength(input.password, user.username);
  await deps.store.saveUser({ ...user, passwordHash: await hashPassword(input.password) });
  await deps.store.deleteUserSessions(user.id);
  await logChange(deps, caller, user, 'password reset');
}

/** An account change as an auditor reads it: who (by name too), when, which account, what. */
export interface AccountChangeView {
  at: string;
  actor: string;
  actorName: string | null;
  userId: string;
  username: string;
  change: string;
}

/** The account change log, newest first, for the `auditor` role (admins do not audit themselves). */
export async function listAccountChanges(
  deps: UseCaseDeps,
  caller: Caller,
  limit = 500,
): Promise<{ items: AccountChangeView[]; nextCursor: null }> {
  if (!hasAnyRole(caller, ['auditor'])) throw new AppError('forbidden', 'the account change log is for auditors');
  const rows = await deps.store.listAccountChanges(limit);
  const names = await deps.store.listDisplayNames([...new Set(rows.map((r) => r.actor))]);
  return { items: rows.map((r) => ({ ...r, actorName: names.get(r.actor) ?? null })), nextCursor: null };
}
