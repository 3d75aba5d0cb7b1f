/** A single choice from a longer list as a native select styled like Suomi.fi (keyboard and screen readers as usual). */
import type { WidgetProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { errorId, firstError } from './errorId';
import { FieldFrame } from './FieldFrame';

export function SelectWidget({ id, value, label, required, disabled, readonly, rawErrors, onChange, onBlur, options }: WidgetProps) {
  const { t } = useTranslation();
  const error = firstError(rawErrors);
  const choices = options.enumOptions ?? [];
  const index = choices.findIndex((c) => c.value === value);
  return (
    <FieldFrame id={id} label={label} required={required} error={error}>
      <select
        id={id}
        className={`sf-select${error ? ' sf-error' : ''}`}
        value={index >= 0 ? String(index) : ''}
        disabled={disabled || readonly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(id) : undefined}
        onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : choices[Number(e.target.value)]?.value)}
        onBlur={() => onBlur(id, value)}
      >
        <option value="">{t('form.choose')}</option>
        {choices.map((choice, i) => (
          <option key={String(choice.value)} value={String(i)}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
