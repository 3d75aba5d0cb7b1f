/** The app shell: skip link, header with the user's name and roles, navigation, language, sign-out. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useAuth } from '../features/auth/AuthContext';
import { navFor } from './navigation';
import { useHeadingFocus } from './useHeadingFocus';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  useHeadingFocus();
  if (!user) return null;
  const roles = user.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Polku
          </NavLink>
          <nav aria-label={t('layout.nav')} className="main-nav">
            {navFor(user.roles).map((item) => (
              <NavLink key={item.to} to={item.to} end={item.to === '/'}>
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
          <div className="user-box">
            <span className="user-name">{user.displayName}</span>
            <span className="user-roles">{roles}</span>
          </div>
          <LanguageSwitch />
          <button type="button" className="link-button sign-out" onClick={() => void signOut()}>
            {t('layout.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">{t('layout.footer')}</footer>
    </>
  );
}
