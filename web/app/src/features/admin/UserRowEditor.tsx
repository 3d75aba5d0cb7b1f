/** One account: its roles and whether it is in use; changing either ends the user's sessions (the server does). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { resetPassword, updateUser, type UserRow } from './api';
import { accountErrors } from './fieldErrors';
import { RoleChoice } from './RoleChoice';

export function UserRowEditor({ user, onChanged }: { user: UserRow; onChanged: () => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState(user.roles);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ status: 'neutral' | 'error'; text: string } | null>(null);

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setMessage({ status: 'neutral', text: done });
      onChanged();
    } catch (err) {
      setMessage({ status: 'error', text: Object.values(accountErrors(err, t))[0]! });
    }
  }

  return (
    <div className="user-editor">
      <RoleChoice id={`roles-${user.id}`} value={roles} onChange={setRoles} />
      <div className="form-actions">
        <Button variant="secondary" onClick={() => void run(() => updateUser(user.id, { roles }), t('admin.rolesSaved'))}>
          {t('admin.saveRoles')}
        </Button>
        <Button
          variant="secondary"
          onClick={() =>
            void run(() => updateUser(user.id, { disabled: !user.disabled }), t(user.disabled ? 'admin.enabled' : 'admin.disabledDone'))
          }
        >
          {t(user.disabled ? 'admin.enable' : 'admin.disable')}
        </Button>
      </div>
      <div className="password-reset">
        <TextInput
          labelText={t('admin.newPassword')}
          hintText={t('admin.passwordHint')}
          type="password"
          value={password}
          onChange={(v) => setPassword(String(v ?? ''))}
          autoComplete="new-password"
        />
        <Button
          variant="secondary"
          onClick={() => void run(() => resetPassword(user.id, password).then(() => setPassword('')), t('admin.passwordReset'))}
        >
          {t('admin.resetPassword')}
        </Button>
      </div>
      {message && (
        <InlineAlert status={message.status} role={message.status === 'error' ? 'alert' : 'status'}>
          {message.text}
        </InlineAlert>
      )}
    </div>
  );
}
