/** A date as the browser's date input (stored as YYYY-MM-DD), labelled and with its error tied to it. */
import type { WidgetProps } from '@rjsf/utils';
import { errorId, firstError } from './errorId';
import { FieldFrame } from './FieldFrame';

export function DateWidget({ id, value, label, required, disabled, readonly, rawErrors, onChange, onBlur, options, schema }: WidgetProps) {
  const error = firstError(rawErrors);
  const withTime = schema.format === 'date-time';
  const shown = typeof value === 'string' ? (withTime ? value.slice(0, 16) : value.slice(0, 10)) : '';
  return (
    <FieldFrame id={id} label={label} required={required} error={error}>
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
    </FieldFrame>
  );
}
