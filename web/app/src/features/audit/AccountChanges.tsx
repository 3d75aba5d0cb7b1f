/** The account change log for the auditor: who created or changed which account, when and what. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { formatDateTime } from '../../lib/format';
import { useGet } from '../../lib/useApi';
import './audit.css';

interface AccountChange {
  at: string;
  actor: string;
  actorName: string | null;
  userId: string;
  username: string;
  change: string;
}

/** The server's change text (`roles +auditor -nurse; display name`) in the reader's language. */
export function describeChange(change: string, t: TFunction): string {
  const roleNames = (list: string[]) => list.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ');
  return change
    .split('; ')
    .flatMap((part) => {
      if (part.startsWith('created with roles ')) return [t('accountChanges.created', { roles: roleNames(part.slice(19).split(', ')) })];
      if (part.startsWith('roles ')) {
        const words = part.slice(6).split(' ');
        const added = words.filter((w) => w.startsWith('+')).map((w) => w.slice(1));
        const removed = words.filter((w) => w.startsWith('-')).map((w) => w.slice(1));
        return [
          ...(added.length ? [t('accountChanges.added', { roles: roleNames(added) })] : []),
          ...(removed.length ? [t('accountChanges.removed', { roles: roleNames(removed) })] : []),
        ];
      }
      const key = { 'display name': 'displayName', disabled: 'disabled', enabled: 'enabled', 'password reset': 'passwordReset' }[part];
      return [key ? t(`accountChanges.${key}`) : part];
    })
    .join('; ');
}

/** Shown to auditors; for anyone else the server refuses and nothing is shown. */
export function AccountChanges() {
  const { t } = useTranslation();
  const changes = useGet<{ items: AccountChange[] }>('/api/account-changes');
  if (!changes.data) return null;
  return (
    <section className="account-changes" aria-labelledby="account-changes">
      <Heading variant="h2" id="account-changes">
        {t('accountChanges.title')}
      </Heading>
      <p className="muted">{t('accountChanges.intro')}</p>
      {changes.data.items.length === 0 ? (
        <p className="empty">{t('accountChanges.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('accountChanges.at')}</th>
              <th scope="col">{t('accountChanges.by')}</th>
              <th scope="col">{t('accountChanges.account')}</th>
              <th scope="col">{t('accountChanges.change')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.data.items.map((c, i) => (
              <tr key={i}>
                <td data-label={t('accountChanges.at')}>{formatDateTime(c.at)}</td>
                <td data-label={t('accountChanges.by')}>{c.actorName ?? c.actor}</td>
                <td data-label={t('accountChanges.account')}>
                  <span className="mono">{c.username}</span>
                </td>
                <td data-label={t('accountChanges.change')}>{describeChange(c.change, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
