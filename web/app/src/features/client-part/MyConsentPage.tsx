/** Suostumukseni: per party, given or withdrawn and since when; give or withdraw here, effective at once. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { clientApi, type ConsentParty } from './api';
import { clientDateTime } from './language';
import { useLoad } from './useLoad';

export function MyConsentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error } = useLoad(() => clientApi.consent(id), id);
  const [items, setItems] = useState<ConsentParty[] | null>(null);
  const [problem, setProblem] = useState(false);
  const list = items ?? data;
  const act = async (party: string, a: 'give' | 'withdraw') => {
    setProblem(false);
    try {
      setItems(await clientApi.setConsent(id, party, a));
    } catch {
      setProblem(true);
    }
  };
  if (error) return <p role="alert">{t('client.loadError')}</p>;
  return (
    <section>
      <h1>{t('client.consent.title')}</h1>
      <p>{t('client.consent.intro')}</p>
      {problem && (
        <p className="client-alert" role="alert">
          {t('client.saveError')}
        </p>
      )}
      <ul className="client-list">
        {list?.map((p) => (
          <li key={p.party} className="client-card" data-party={p.party}>
            <h2>{t(`client.party.${p.party}`)}</h2>
            <p>{t(`client.consent.sees.${p.party}`, { defaultValue: t('client.consent.sees.default') })}</p>
            <p className="client-status">
              {t(`client.consent.status.${p.status}`)}
              {p.since && ` ${clientDateTime(p.since)}`}
              {p.byClient && ` (${t('client.consent.byYou')})`}
            </p>
            {p.status === 'given' ? (
              <button type="button" className="client-button client-button-secondary" onClick={() => void act(p.party, 'withdraw')}>
                {t('client.consent.withdraw')}
              </button>
            ) : (
              <button type="button" className="client-button" onClick={() => void act(p.party, 'give')}>
                {t('client.consent.give')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
