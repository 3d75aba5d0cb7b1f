/** A date as the browser's date input (stored as YYYY-MM-DD), labelled and with its error tied to it. */
import type { WidgetProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { errorId, firstError } from './errorId';

export function DateWidget({ id, value, label, required, disabled, readonly, rawErrors, onChange, onBlur, options, schema }: WidgetProps) {
  const { t } = useTranslation();
  const error = firstError(rawErrors);
  const withTime = schema.format === 'date-time';
  const shown = typeof value === 'string' ? (withTime ? value.slice(0, 16) : value.slice(0, 10)) : '';
  return (
    <div className="sf-field">
      <label htmlFor={id} className="sf-label">
        {label || id}
        {!required && <span className="sf-optional"> ({t('form.optional')})</span>}
      </label>
      <input
        id={id}
        type={withTime ? 'datetime-local' : 'date'}
        className={`sf-input sf-date${error ? ' sf-error' : ''}`}
        value={shown}
        disabled={disabled}
        readOnly={readonly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(id) : undefined}
        onChange={(e) => {
          const text = e.target.value;
          if (!text) return onChange(options.emptyValue);
          onChange(withTime ? new Date(text).toISOString() : text);
        }}
        onBlur={() => onBlur(id, value)}
      />
      {error && (
        <span id={errorId(id)} className="sf-status-error">
          {error}
        </span>
      )}
    </div>
  );
}
