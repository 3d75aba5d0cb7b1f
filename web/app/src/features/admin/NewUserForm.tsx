/** Create an account: username, name, roles and a first password meeting the minimum strength. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, TextInput } from 'suomifi-ui-components';
import { createUser } from './api';
import { accountErrors } from './fieldErrors';
import { RoleChoice } from './RoleChoice';

export function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const missing: Record<string, string> = {};
    if (!roles.length) missing.roles = t('admin.errors.roles');
    if (Object.keys(missing).length) return setErrors(missing);
    try {
      await createUser({ username: username.trim(), displayName: displayName.trim(), roles, password });
      setErrors({});
      setCreated(username.trim());
      setUsername('');
      setDisplayName('');
      setRoles([]);
      setPassword('');
      onCreated();
    } catch (err) {
      setErrors(accountErrors(err, t));
    }
  }

  const status = (field: string) => (errors[field] ? ('error' as const) : ('default' as const));
  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-labelledby="new-user">
      <Heading variant="h2" id="new-user">
        {t('admin.newUser')}
      </Heading>
      <TextInput
        labelText={t('admin.username')}
        hintText={t('admin.usernameHint')}
        value={username}
        onChange={(v) => setUsername(String(v ?? ''))}
        status={status('username')}
        statusText={errors.username}
        autoComplete="off"
      />
      <TextInput
        labelText={t('admin.displayName')}
        value={displayName}
        onChange={(v) => setDisplayName(String(v ?? ''))}
        status={status('displayName')}
        statusText={errors.displayName}
        autoComplete="off"
      />
      <RoleChoice id="new-user-roles" value={roles} onChange={setRoles} error={errors.roles} />
      <TextInput
        labelText={t('admin.password')}
        hintText={t('admin.passwordHint')}
        type="password"
        value={password}
        onChange={(v) => setPassword(String(v ?? ''))}
        status={status('password')}
        statusText={errors.password}
        autoComplete="new-password"
      />
      {errors.form && (
        <InlineAlert status="error" role="alert">
          {errors.form}
        </InlineAlert>
      )}
      {created && <InlineAlert status="neutral">{t('admin.created', { username: created })}</InlineAlert>}
      <Button type="submit">{t('admin.create')}</Button>
    </form>
  );
}
