/** A single choice as a Suomi.fi RadioButtonGroup (enum and boolean values kept as their type). */
import type { WidgetProps } from '@rjsf/utils';
import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { firstError } from './errorId';

export function RadioWidget({ id, value, label, disabled, readonly, rawErrors, onChange, options, schema }: WidgetProps) {
  const error = firstError(rawErrors);
  const choices = options.enumOptions ?? [];
  const index = choices.findIndex((c) => c.value === value);
  return (
    <RadioButtonGroup
      id={id}
      name={id}
      labelText={label || id}
      value={index >= 0 ? String(index) : ''}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
      groupHintText={schema.description}
      onChange={(picked) => onChange(choices[Number(picked)]?.value)}
    >
      {choices.map((choice, i) => (
        <RadioButton key={String(choice.value)} value={String(i)} disabled={disabled || readonly}>
          {choice.label}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
