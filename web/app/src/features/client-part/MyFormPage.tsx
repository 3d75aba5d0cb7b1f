/** Omat lomakkeeni: the self-rated work ability 0–10 and a few words, saved as a draft, then sent. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../lib/api';
import { clientApi, type ClientForm } from './api';
import { clientDateTime } from './language';
import { useLoad } from './useLoad';

const FORM = 'self-rated-work-ability';

export function MyFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: stored, error, reload } = useLoad(() => clientApi.form(id, FORM), id);
  if (error) return <p role="alert">{t('client.loadError')}</p>;
  if (!stored) return null;
  return <FormBody key={stored.state} id={id} stored={stored} reload={reload} />;
}

/** The form, starting from what was stored. */
function FormBody({ id, stored, reload }: { id: string; stored: ClientForm; reload: () => void }) {
  const { t } = useTranslation();
  const [workAbility, setWorkAbility] = useState<number | undefined>(
    typeof stored.data.workAbility === 'number' ? stored.data.workAbility : undefined,
  );
  const [ownWords, setOwnWords] = useState(typeof stored.data.ownWords === 'string' ? stored.data.ownWords : '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const sent = stored.state === 'sent';
  const save = async (send: boolean) => {
    setMessage(null);
    if (send && workAbility === undefined) return setMessage({ ok: false, text: t('client.form.required') });
    try {
      await clientApi.saveForm(
        id,
        FORM,
        { ...(workAbility !== undefined ? { workAbility } : {}), ...(ownWords ? { ownWords } : {}) },
        send,
      );
      setMessage({ ok: true, text: t(send ? 'client.form.sentNow' : 'client.form.saved') });
      reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError && err.status === 409 ? t('client.form.alreadySent') : t('client.saveError') });
    }
  };
  return (
    <section>
      <h1>{t('client.form.title')}</h1>
      <p>{t('client.form.intro')}</p>
      <form className="client-card" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="client-scale" disabled={sent}>
          <legend>{t('client.form.workAbility')}</legend>
          <p className="client-muted">{t('client.form.scale')}</p>
          <div className="client-scale-options">
            {Array.from({ length: 11 }, (_, n) => (
              <label key={n}>
                <input type="radio" name="workAbility" value={n} checked={workAbility === n} onChange={() => setWorkAbility(n)} />
                {n}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="client-field">
          {t('client.form.ownWords')}
          <textarea value={ownWords} maxLength={2000} rows={4} disabled={sent} onChange={(e) => setOwnWords(e.target.value)} />
        </label>
        {sent ? (
          <p className="client-ok" role="status">
            {t('client.form.sent', { date: clientDateTime(stored.sentAt) })}
          </p>
        ) : (
          <div className="client-actions">
            <button type="button" className="client-button client-button-secondary" onClick={() => void save(false)}>
              {t('client.form.saveDraft')}
            </button>
            <button type="button" className="client-button" onClick={() => void save(true)}>
              {t('client.form.send')}
            </button>
          </div>
        )}
        {message && (
          <p className={message.ok ? 'client-ok' : 'client-alert'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
