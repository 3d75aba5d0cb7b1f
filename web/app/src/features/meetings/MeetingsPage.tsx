/**
 * "Tulevat tiimikokoukset": the team's coming meetings (odd-week Wednesdays 13–15, one client
 * each), free or booked by the client's pseudonym, whether the invitations are confirmed by the
 * deadline a week before, and the parties ticked for each meeting. The path opens only for those
 * who take part in it (the server decides).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { ErrorMessage, LateBadge, Loading } from '../../components/Status';
import { formatDate, formatDateTime } from '../../lib/format';
import { useMeetings, type MeetingBooking, type MeetingSlot } from './api';
import './meetings.css';

const PERIODS = [4, 8, 12, 26];

export default function MeetingsPage() {
  const { t } = useTranslation();
  const [weeks, setWeeks] = useState(8);
  // The period counts from when the page opened, so the address (and the polling) stays the same.
  const [since] = useState(() => Date.now());
  const meetings = useMeetings(since, weeks);
  const items = meetings.data?.items ?? [];

  return (
    <section className="page meetings">
      <Heading variant="h1">{t('meetings.title')}</Heading>
      <p className="muted">{t('meetings.intro')}</p>
      <form className="meetings-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('meetings.filters')}>
        <label>
          {t('meetings.period')}
          <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
            {PERIODS.map((w) => (
              <option key={w} value={w}>
                {t('meetings.weeks', { count: w })}
              </option>
            ))}
          </select>
        </label>
      </form>
      {meetings.error && <ErrorMessage error={meetings.error} />}
      {meetings.loading && !meetings.data && <Loading />}
      {meetings.data && items.length === 0 && <p className="empty">{t('meetings.none')}</p>}
      {items.length > 0 && (
        <table className="data-table meetings-table">
          <caption className="visually-hidden">{t('meetings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.col.meeting')}</th>
              <th scope="col">{t('meetings.col.client')}</th>
              <th scope="col">{t('meetings.col.invitations')}</th>
              <th scope="col">{t('meetings.col.confirmBy')}</th>
              <th scope="col">{t('meetings.col.parties')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <SlotRow key={m.slot} meeting={m} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SlotRow({ meeting }: { meeting: MeetingSlot }) {
  const { t } = useTranslation();
  const b = meeting.booking;
  return (
    <tr className={meeting.late ? 'row-late' : undefined}>
      <th scope="row">
        {formatDate(meeting.slot)}
        <div className="muted small">{t('meetings.time')}</div>
      </th>
      <td data-label={t('meetings.col.client')}>
        {b ? <Client booking={b} /> : <span className="slot-free">{meeting.bookable ? t('meetings.free') : t('meetings.closed')}</span>}
      </td>
      <td data-label={t('meetings.col.invitations')}>{b ? <Invitations booking={b} late={meeting.late} /> : '–'}</td>
      <td data-label={t('meetings.col.confirmBy')}>{formatDateTime(meeting.confirmBy)}</td>
      <td data-label={t('meetings.col.parties')}>{b ? <Parties booking={b} /> : '–'}</td>
    </tr>
  );
}

function Client({ booking }: { booking: MeetingBooking }) {
  const { t } = useTranslation();
  const name = booking.clientRef ?? t('meetings.unknownClient');
  return booking.instanceId ? (
    <Link className="pseudonym" to={`/polut/${booking.instanceId}`} aria-label={t('meetings.openPath', { client: name })}>
      {name}
    </Link>
  ) : (
    <span className="pseudonym">{name}</span>
  );
}

function Invitations({ booking, late }: { booking: MeetingBooking; late: boolean }) {
  const { t } = useTranslation();
  const state = booking.confirmed === true ? 'confirmed' : booking.confirmed === false ? 'notConfirmed' : 'waiting';
  return (
    <>
      <span className={`invitation invitation-${state}`}>{t(`meetings.invitation.${state}`)}</span> {late && <LateBadge />}
    </>
  );
}

function Parties({ booking }: { booking: MeetingBooking }) {
  const { t } = useTranslation();
  if (!booking.parties.length) return <span className="muted">{t('meetings.noParties')}</span>;
  return (
    <ul className="meeting-parties">
      {booking.parties.map((p) => (
        <li key={p.party}>
          {t(`consent.parties.${p.party}`, { defaultValue: p.party })}:{' '}
          <span className={p.confirmed ? 'party-confirmed' : 'party-open'}>
            {p.confirmed ? t('meetings.partyConfirmed') : t('meetings.partyOpen')}
          </span>
        </li>
      ))}
    </ul>
  );
}
