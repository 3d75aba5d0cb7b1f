/** Käyttäjät: the accounts for the admin role (create, roles, disable, password reset). */
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useUsers } from './api';
import { NewUserForm } from './NewUserForm';
import { UserRowEditor } from './UserRowEditor';
import './admin.css';

export default function AdminPage() {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <section className="page" aria-labelledby="admin-title">
      <Heading variant="h1" id="admin-title">
        {t('admin.title')}
      </Heading>
      <p className="muted">{t('admin.intro')}</p>
      <NewUserForm onCreated={users.reload} />
      <Heading variant="h2">{t('admin.users')}</Heading>
      {users.error && <ErrorMessage error={users.error} />}
      {!users.data && !users.error && <Loading />}
      <ul className="user-list">
        {users.data?.items.map((user) => (
          <li key={user.id}>
            <details>
              <summary>
                <span className="user-list-name">{user.displayName}</span> <span className="mono">{user.username}</span>{' '}
                <span className="muted small">
                  {user.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')} ·{' '}
                  {t('admin.since', { date: formatDate(user.createdAt) })}
                </span>{' '}
                {user.disabled && <span className="badge badge-late">{t('admin.disabled')}</span>}
              </summary>
              <UserRowEditor user={user} onChanged={users.reload} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
