/** A yes/no field as one Suomi.fi Checkbox. */
import type { WidgetProps } from '@rjsf/utils';
import { Checkbox } from 'suomifi-ui-components';
import { firstError } from './errorId';

export function CheckboxWidget({ id, value, label, disabled, readonly, rawErrors, onChange, schema, options }: WidgetProps) {
  const error = firstError(rawErrors);
  return (
    <Checkbox
      id={id}
      checked={value === true}
      disabled={disabled || readonly}
      status={error ? 'error' : 'default'}
      statusText={error}
      hintText={(options.help as string | undefined) ?? schema.description}
      onClick={({ checkboxState }) => onChange(checkboxState)}
    >
      {label || id}
    </Checkbox>
  );
}
