/** Username and password; a Finnish message on wrong credentials, too many tries or a lost connection. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../lib/api';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useAuth } from './AuthContext';

export function LoginForm({ message }: { message?: string }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setError(
        t(status === 401 ? 'login.wrong' : status === 429 ? 'login.throttled' : status === 400 ? 'login.missing' : 'common.networkError'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="login-card" onSubmit={submit} noValidate>
      <div className="login-brand">
        <span className="brand-mark" aria-hidden="true" />
        <span>Polku</span>
        <LanguageSwitch />
      </div>
      <Heading variant="h1" id="login-title">
        {t('login.title')}
      </Heading>
      <p className="muted">{t('login.intro')}</p>
      {message && <InlineAlert status="warning">{message}</InlineAlert>}
      <TextInput
        labelText={t('login.username')}
        name="username"
        autoComplete="username"
        value={username}
        onChange={(v) => setUsername(String(v ?? ''))}
        fullWidth
      />
      <TextInput
        labelText={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(v) => setPassword(String(v ?? ''))}
        fullWidth
      />
      {error && (
        <InlineAlert status="error" role="alert">
          {error}
        </InlineAlert>
      )}
      <Button type="submit" disabled={busy} fullWidth>
        {t('login.submit')}
      </Button>
      <p className="muted small">{t('login.demo')}</p>
    </form>
  );
}
