/** A multiple choice (array of enum) as a Suomi.fi CheckboxGroup. */
import type { WidgetProps } from '@rjsf/utils';
import { Checkbox, CheckboxGroup } from 'suomifi-ui-components';
import { firstError } from './errorId';

export function CheckboxesWidget({ id, value, label, disabled, readonly, rawErrors, onChange, options, schema }: WidgetProps) {
  const error = firstError(rawErrors);
  const selected: unknown[] = Array.isArray(value) ? value : [];
  const choices = options.enumOptions ?? [];
  return (
    <CheckboxGroup
      id={id}
      labelText={label || id}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
      groupHintText={schema.description}
    >
      {choices.map((choice, index) => (
        <Checkbox
          key={String(choice.value)}
          id={`${id}-${index}`}
          checked={selected.includes(choice.value)}
          disabled={disabled || readonly}
          onClick={({ checkboxState }) => {
            const next = checkboxState ? [...selected, choice.value] : selected.filter((v) => v !== choice.value);
            // Keep the schema's order of choices.
            onChange(choices.map((c) => c.value).filter((v) => next.includes(v)));
          }}
        >
          {choice.label}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
