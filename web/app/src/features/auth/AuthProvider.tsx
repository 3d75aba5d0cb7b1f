/**
 * Reads the session on load, signs in and out, and notices a lost session (any 401): then the
 * login is shown over the page without unmounting it, so a half-filled form keeps its input.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, onUnauthenticated, setCsrfToken } from '../../lib/api';
import type { User } from '../../lib/types';
import { AuthContext, type AuthState } from './AuthContext';
import { LoginForm } from './LoginForm';

interface SessionBody {
  user: User;
  csrfToken: string;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [user, setUser] = useState<User | null>(null);
  const [expired, setExpired] = useState(false);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    api<SessionBody>('/api/session').then(
      (body) => {
        setCsrfToken(body.csrfToken);
        setUser(body.user);
        setChecked(true);
      },
      () => setChecked(true),
    );
  }, []);

  useEffect(() => onUnauthenticated(() => setExpired(true)), []);

  const signIn = useCallback(async (username: string, password: string) => {
    const body = await api<SessionBody>('/api/session', { method: 'POST', body: { username, password } });
    setCsrfToken(body.csrfToken);
    setUser((previous) => {
      // Someone else signing in on a lost session must not see the previous user's page.
      if (previous && previous.id !== body.user.id) window.history.replaceState(null, '', '/');
      return body.user;
    });
    setExpired(false);
  }, []);

  const signOut = useCallback(async () => {
    await api('/api/session', { method: 'DELETE' }).catch((err: unknown) => {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
    });
    setCsrfToken(null);
    setUser(null);
    setExpired(false);
    window.history.replaceState(null, '', '/');
  }, []);

  const state = useMemo<AuthState>(() => ({ user, expired, signIn, signOut }), [user, expired, signIn, signOut]);

  if (!checked) return <p className="page-loading">{t('common.loading')}</p>;
  return (
    <AuthContext.Provider value={state}>
      {user ? (
        <>
          <div inert={expired || undefined} aria-hidden={expired || undefined}>
            {children}
          </div>
          {expired && (
            <div className="login-overlay" role="dialog" aria-modal="true" aria-labelledby="login-title">
              <LoginForm message={t('login.expired')} />
            </div>
          )}
        </>
      ) : (
        <main className="login-page">
          <LoginForm />
        </main>
      )}
    </AuthContext.Provider>
  );
}
