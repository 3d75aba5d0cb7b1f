/** The signed-in user and the session actions, shared through React context. */
import { createContext, useContext } from 'react';
import type { User } from '../../lib/types';

export interface AuthState {
  /** The signed-in user; null before sign-in. While `expired`, the last user stays so their page keeps its input. */
  user: User | null;
  /** True when the session ended under the user's feet (expired or lost): the login comes back over the page. */
  expired: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

/** The auth state; only inside <AuthProvider>. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
