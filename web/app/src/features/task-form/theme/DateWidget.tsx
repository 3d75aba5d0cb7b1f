/**
 * A date typed as Finns write it (23.11.2026; stored YYYY-MM-DD), and a date-time as a date and a
 * time of day in Finnish time whatever the browser's zone (stored with its offset,
 * 2026-11-23T13:00:00+02:00). What cannot be read stays as typed and is named at the field.
 */
import { useState } from 'react';
import type { WidgetProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { finnishDate, finnishDateTime, helsinkiIso, parseFinnishDate, parseFinnishTime } from '../../../lib/finnishTime';
import { errorId, firstError } from './errorId';
import { FieldFrame } from './FieldFrame';

type Parts = { date: string; time: string };

function partsOf(value: unknown, withTime: boolean): Parts {
  if (typeof value !== 'string' || !value) return { date: '', time: '' };
  if (!withTime) return { date: parseFinnishDate(value.slice(0, 10)) ? finnishDate(value) : value, time: '' };
  return finnishDateTime(value) ?? { date: value, time: '' };
}

/** The stored value of what is typed: the date (and time), raw text when it cannot be read, undefined when empty. */
function valueOf(parts: Parts, withTime: boolean, empty: unknown): { value: unknown; readable: boolean } {
  const date = parseFinnishDate(parts.date);
  if (!withTime) return parts.date.trim() === '' ? { value: empty, readable: true } : { value: date ?? parts.date, readable: !!date };
  if (parts.date.trim() === '' && parts.time.trim() === '') return { value: empty, readable: true };
  const time = parseFinnishTime(parts.time);
  if (date && time) return { value: helsinkiIso(date, time), readable: true };
  return { value: `${parts.date} ${parts.time}`.trim(), readable: false };
}

export function DateWidget({ id, value, label, required, disabled, readonly, rawErrors, onChange, onBlur, options, schema }: WidgetProps) {
  const { t } = useTranslation();
  const withTime = schema.format === 'date-time';
  const [parts, setParts] = useState<Parts>(() => partsOf(value, withTime));
  const [last, setLast] = useState<unknown>(value);
  const [readable, setReadable] = useState(true);
  // A value set from outside (a draft, a prefill) replaces what is shown.
  if (value !== last) {
    setLast(value);
    setParts(partsOf(value, withTime));
    setReadable(true);
  }
  const error = readable ? firstError(rawErrors) : t(withTime ? 'form.badDateTime' : 'form.badDate');
  const off = disabled || readonly;

  function change(next: Parts) {
    setParts(next);
    const result = valueOf(next, withTime, options.emptyValue);
    setReadable(result.readable);
    setLast(result.value);
    onChange(result.value);
  }

  const describedBy = (hint: string) => [hint, error ? errorId(id) : ''].filter(Boolean).join(' ');
  if (!withTime)
    return (
      <FieldFrame id={id} label={label} required={required} error={error}>
        <span id={`${id}__hint`} className="sf-hint">
          {t('form.dateHint')}
        </span>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className={`sf-input sf-date${error ? ' sf-error' : ''}`}
          value={parts.date}
          disabled={off}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}__hint`)}
          onChange={(e) => change({ date: e.target.value, time: '' })}
          onBlur={() => onBlur(id, value)}
        />
      </FieldFrame>
    );
  return (
    <fieldset className="sf-field date-time" aria-describedby={error ? errorId(id) : undefined}>
      <legend id={`${id}__legend`} className="sf-label">
        {label || id}
        {!required && <span className="sf-optional"> ({t('form.optional')})</span>}
      </legend>
      <div className="date-time-inputs">
        <label className="date-time-part">
          <span id={`${id}__date-label`}>{t('form.date')}</span>
          <span className="sf-hint">{t('form.dateHint')}</span>
          <input
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className={`sf-input sf-date${error ? ' sf-error' : ''}`}
            value={parts.date}
            disabled={off}
            aria-labelledby={`${id}__legend ${id}__date-label`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => change({ ...parts, date: e.target.value })}
            onBlur={() => onBlur(id, value)}
          />
        </label>
        <label className="date-time-part">
          <span id={`${id}__time-label`}>{t('form.time')}</span>
          <span className="sf-hint">{t('form.timeHint')}</span>
          <input
            id={`${id}__time`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className={`sf-input sf-time${error ? ' sf-error' : ''}`}
            value={parts.time}
            disabled={off}
            aria-labelledby={`${id}__legend ${id}__time-label`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => change({ ...parts, time: e.target.value })}
            onBlur={() => onBlur(id, value)}
          />
        </label>
      </div>
      {error && (
        <span id={errorId(id)} className="sf-status-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
