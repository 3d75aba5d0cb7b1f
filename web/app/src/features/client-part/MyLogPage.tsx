/** Kuka katsoi tietojani: which organisation and role read or changed what, when and why; no worker's name. */
import { useTranslation } from 'react-i18next';
import { clientApi } from './api';
import { clientDateTime } from './language';
import { useLoad } from './useLoad';

export function MyLogPage() {
  const { t } = useTranslation();
  const { data, error } = useLoad(() => clientApi.accessLog(), 'log');
  return (
    <section>
      <h1>{t('client.log.title')}</h1>
      <p>{t('client.log.intro')}</p>
      {error && <p role="alert">{t('client.loadError')}</p>}
      {data?.length === 0 && <p>{t('client.log.none')}</p>}
      <ul className="client-list">
        {data?.map((e, i) => (
          <li key={i} className="client-card client-log">
            <p className="client-muted">{clientDateTime(e.at)}</p>
            <p>
              <strong>{e.party ? t(`client.party.${e.party}`) : t('client.party.other')}</strong>
              {e.role && ` (${t(`client.role.${e.role}`, { defaultValue: t('client.role.other') })})`} {t(`client.log.${e.action}`)}{' '}
              {t(`client.log.what.${e.what}`)}.
            </p>
            {e.why && <p className="client-muted">{t('client.log.why', { why: whyText(t, e.why) })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The engine's reason in the client's words. */
function whyText(t: (k: string) => string, why: string): string {
  if (why === 'responsible person') return t('client.log.because.responsible');
  if (why === 'started the path') return t('client.log.because.started');
  if (why === 'audit') return t('client.log.because.audit');
  if (/^(claimed|completed|open) task/.test(why)) return t('client.log.because.task');
  return t('client.log.because.other');
}
