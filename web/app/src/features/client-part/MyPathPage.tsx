/** Polkuni: where I am, what happens next, my responsible person, my next meeting (Finnish time). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clientApi } from './api';
import { clientDateTime } from './language';
import { useLoad } from './useLoad';

export function MyPathPage({ name }: { name: string }) {
  const { t } = useTranslation();
  const { data, error } = useLoad(() => clientApi.paths(), 'paths');
  return (
    <section>
      <h1>{t('client.path.title')}</h1>
      <p>{t('client.path.hello', { name })}</p>
      {error && <p role="alert">{t('client.loadError')}</p>}
      {data?.length === 0 && <p>{t('client.path.none')}</p>}
      {data?.map((p) => (
        <article key={p.id} className="client-card">
          <h2>{t('client.path.next')}</h2>
          {p.next.length ? (
            <ul>
              {p.next.map((s, i) => (
                <li key={i}>
                  <strong>{s.name}</strong>
                  {s.at && <span> – {t('client.path.expectedBy', { date: clientDateTime(s.at, false) })}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('client.path.nothingNext')}</p>
          )}
          <h2>{t('client.path.done')}</h2>
          <ul>
            {p.done.map((s, i) => (
              <li key={i}>
                {s.name} <span className="client-muted">({clientDateTime(s.at, false)})</span>
              </li>
            ))}
          </ul>
          <h2>{t('client.path.responsible')}</h2>
          {p.responsible ? (
            <p>
              {p.responsible.name}
              {p.responsible.title && `, ${p.responsible.title}`}
              {p.responsible.phone && (
                <>
                  <br />
                  <a href={`tel:${p.responsible.phone}`}>{p.responsible.phone}</a>
                </>
              )}
              {p.responsible.email && (
                <>
                  <br />
                  <a href={`mailto:${p.responsible.email}`}>{p.responsible.email}</a>
                </>
              )}
            </p>
          ) : (
            <p>{t('client.path.noResponsible')}</p>
          )}
          <h2>{t('client.path.meeting')}</h2>
          {p.meeting ? (
            <p>
              {clientDateTime(p.meeting.at)}
              {p.meeting.place && <>, {p.meeting.place}</>}
              {p.meeting.parties.length > 0 && (
                <>
                  <br />
                  {t('client.path.invited')}:{' '}
                  {p.meeting.parties.map((x) => t(`client.party.${x}`, { defaultValue: t('client.party.other') })).join(', ')}
                </>
              )}
            </p>
          ) : (
            <p>{t('client.path.noMeeting')}</p>
          )}
          <div className="client-actions">
            <Link className="client-button" to={`/oma/suunnitelma/${p.id}`}>
              {t('client.nav.plan')}
            </Link>
            <Link className="client-button client-button-secondary" to={`/oma/suostumus/${p.id}`}>
              {t('client.nav.consent')}
            </Link>
            <Link className="client-button client-button-secondary" to={`/oma/lomake/${p.id}`}>
              {t('client.nav.form')}
            </Link>
          </div>
        </article>
      ))}
    </section>
  );
}
