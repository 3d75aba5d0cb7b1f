/** The client's own part of the app (/oma): its own phone-first layout, sign-in through strong identification, four pages. */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, NavLink, Route, Routes } from 'react-router';
import { api, setCsrfToken } from '../../lib/api';
import { initClientLanguage, setClientLanguage, type ClientLanguage } from './language';
import { MyConsentPage } from './MyConsentPage';
import { MyFormPage } from './MyFormPage';
import { MyLogPage } from './MyLogPage';
import { MyPathPage } from './MyPathPage';
import { MyPlanPage } from './MyPlanPage';
import { SignInPage } from './SignInPage';
import './client.css';

initClientLanguage();

interface Me {
  user: { displayName: string; roles: string[] };
  csrfToken: string;
}

function LanguageChoice() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="client-languages" aria-label={t('client.language')}>
      {(['fi', 'sv', 'en'] as ClientLanguage[]).map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={i18n.language === l} onClick={() => setClientLanguage(l)}>
          {t(`client.languageName.${l}`)}
        </button>
      ))}
    </nav>
  );
}

function Shell({ me, children }: { me: Me | null; children: ReactNode }) {
  const { t } = useTranslation();
  const signOut = async () => {
    await api('/api/session', { method: 'DELETE' }).catch(() => undefined);
    setCsrfToken(null);
    window.location.assign('/oma/kirjaudu');
  };
  return (
    <div className="client-shell">
      <header className="client-header">
        <span className="client-brand">{t('client.brand')}</span>
        <LanguageChoice />
        {me && (
          <button type="button" className="client-signout" onClick={() => void signOut()}>
            {t('client.signOut')}
          </button>
        )}
      </header>
      {me && (
        <nav className="client-nav" aria-label={t('client.navLabel')}>
          <NavLink to="/oma" end>
            {t('client.nav.path')}
          </NavLink>
          <NavLink to="/oma/loki">{t('client.nav.log')}</NavLink>
        </nav>
      )}
      <main className="client-main">{children}</main>
    </div>
  );
}

/** The client's app; a worker or nobody signed in sees the sign-in page. */
export default function ClientApp() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    api<Me>('/api/session')
      .then((m) => {
        const client = m.user.roles.includes('client');
        if (client) setCsrfToken(m.csrfToken);
        setMe(client ? m : null);
      })
      .catch(() => setMe(null));
  }, []);
  if (me === undefined) return null;
  return (
    <BrowserRouter>
      <Shell me={me}>
        <Routes>
          <Route path="/oma/kirjaudu" element={<SignInPage />} />
          <Route path="/oma/*" element={me ? <SignedIn name={me.user.displayName} /> : <SignInPage />} />
        </Routes>
      </Shell>
    </BrowserRouter>
  );
}

function SignedIn({ name }: { name: string }) {
  return (
    <Routes>
      <Route index element={<MyPathPage name={name} />} />
      <Route path="suunnitelma/:id" element={<MyPlanPage />} />
      <Route path="suostumus/:id" element={<MyConsentPage />} />
      <Route path="loki" element={<MyLogPage />} />
      <Route path="lomake/:id" element={<MyFormPage />} />
      <Route path="*" element={<MyPathPage name={name} />} />
    </Routes>
  );
}
