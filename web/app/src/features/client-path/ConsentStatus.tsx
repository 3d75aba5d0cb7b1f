/** The Y100 consent as text: given (for which parties), declined, or not yet recorded. */
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../lib/types';

export function ConsentStatus({ consent, unavailable }: { consent: Consent | undefined; unavailable: boolean }) {
  const { t } = useTranslation();
  if (unavailable) return <span className="muted">{t('consent.unavailable')}</span>;
  if (!consent) return <span className="muted">{t('common.loading')}</span>;
  const parties = consent.parties.map((p) => t(`consent.parties.${p}`, { defaultValue: p })).join(', ');
  return (
    <span className={`consent consent-${consent.status}`} data-testid="consent-status">
      {t(`consent.status.${consent.status}`)}
      {consent.status === 'given' && parties ? ` (${parties})` : ''}
      {consent.status !== 'given' && consent.status !== 'none' ? ` · ${t('consent.notShared')}` : ''}
    </span>
  );
}
