/** Accounts (admin): the users, create, change roles or disable, reset a password. */
import { api } from '../../lib/api';
import type { Page } from '../../lib/types';
import { useGet } from '../../lib/useApi';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  disabled: boolean;
  createdAt: string;
}

export function useUsers() {
  return useGet<Page<UserRow>>('/api/users');
}

export function createUser(body: { username: string; displayName: string; roles: string[]; password: string }): Promise<UserRow> {
  return api<UserRow>('/api/users', { method: 'POST', body });
}

export function updateUser(id: string, body: { displayName?: string; roles?: string[]; disabled?: boolean }): Promise<UserRow> {
  return api<UserRow>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function resetPassword(id: string, password: string): Promise<void> {
  return api<void>(`/api/users/${encodeURIComponent(id)}/password`, { method: 'POST', body: { password } });
}
