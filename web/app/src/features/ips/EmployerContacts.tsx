/** The employer contacts log: a coach records a day's employers; everyone here sees each coach's weeks against the criterion of six. */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../lib/api';
import { ErrorMessage, Loading } from '../../components/Status';
import { recordContacts, useContactWeeks } from './api';

const today = () => new Date().toISOString().slice(0, 10);

export function EmployerContacts({ isCoach }: { isCoach: boolean }) {
  const { t } = useTranslation();
  const weeks = useContactWeeks('', '');
  return (
    <>
      <h2 id="contacts">{t('ips.contacts.title')}</h2>
      <p>{t('ips.contacts.criterion')}</p>
      {isCoach && <ContactForm onSaved={weeks.reload} />}
      {weeks.error && <ErrorMessage error={weeks.error} />}
      {weeks.loading && !weeks.data && <Loading />}
      {weeks.data && <WeekTable data={weeks.data} />}
    </>
  );
}

function ContactForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(today());
  const [employers, setEmployers] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const count = Number(employers);
    if (!Number.isInteger(count) || count < 1 || count > 100) {
      setErrors({ employers: t('ips.contacts.countError') });
      return;
    }
    try {
      const done = await recordContacts(day, count);
      setErrors({});
      setEmployers('');
      setSaved(t('ips.contacts.saved', { count, week: done.isoWeek }));
      onSaved();
    } catch (err) {
      const details = err instanceof ApiError ? err.details : [];
      setErrors(
        details.length
          ? Object.fromEntries(details.map((d) => [d.path.replace(/^\//, ''), d.message]))
          : { form: err instanceof Error ? err.message : String(err) },
      );
    }
  }

  const status = (field: string) => (errors[field] ? ('error' as const) : ('default' as const));
  return (
    <form className="card ips-contact-form" onSubmit={submit} noValidate aria-labelledby="contacts">
      <TextInput
        labelText={t('ips.contacts.day')}
        hintText={t('ips.contacts.dayHint')}
        value={day}
        onChange={(v) => setDay(String(v ?? ''))}
        status={status('contactedOn')}
        statusText={errors.contactedOn}
      />
      <TextInput
        labelText={t('ips.contacts.employers')}
        hintText={t('ips.contacts.employersHint')}
        inputMode="numeric"
        value={employers}
        onChange={(v) => setEmployers(String(v ?? ''))}
        status={status('employers')}
        statusText={errors.employers}
      />
      {errors.form && (
        <InlineAlert status="error" role="alert">
          {errors.form}
        </InlineAlert>
      )}
      {saved && <InlineAlert status="neutral">{saved}</InlineAlert>}
      <Button type="submit">{t('ips.contacts.save')}</Button>
    </form>
  );
}

function WeekTable({
  data,
}: {
  data: {
    weeks: string[];
    criterion: number;
    rows: { coach: string; displayName: string | null; isoWeek: string; employers: number; meetsCriterion: boolean }[];
  };
}) {
  const { t } = useTranslation();
  const coaches = useMemo(() => [...new Map(data.rows.map((r) => [r.coach, r.displayName ?? r.coach])).entries()], [data.rows]);
  const cell = useMemo(() => new Map(data.rows.map((r) => [`${r.coach}\u0000${r.isoWeek}`, r])), [data.rows]);
  if (!coaches.length) return <p className="empty">{t('ips.contacts.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table ips-weeks">
        <caption>{t('ips.contacts.caption', { criterion: data.criterion })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ips.coach')}</th>
            {data.weeks.map((w) => (
              <th scope="col" key={w}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coaches.map(([coach, name]) => (
            <tr key={coach}>
              <th scope="row">{name}</th>
              {data.weeks.map((w) => {
                const row = cell.get(`${coach}\u0000${w}`);
                const met = row?.meetsCriterion ?? false;
                return (
                  <td key={w} className={met ? 'met' : 'unmet'}>
                    {row?.employers ?? 0} {met ? t('ips.contacts.met') : t('ips.contacts.unmet')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
