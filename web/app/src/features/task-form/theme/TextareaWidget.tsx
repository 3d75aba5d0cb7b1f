/** Long text as the Suomi.fi Textarea. */
import type { WidgetProps } from '@rjsf/utils';
import { Textarea } from 'suomifi-ui-components';
import { firstError } from './errorId';

export function TextareaWidget({
  id,
  value,
  label,
  hideLabel,
  required,
  disabled,
  readonly,
  schema,
  rawErrors,
  onChange,
  onBlur,
  onFocus,
  options,
}: WidgetProps) {
  const error = firstError(rawErrors);
  return (
    <Textarea
      id={id}
      labelText={label || id}
      labelMode={hideLabel ? 'hidden' : 'visible'}
      hintText={(options.help as string | undefined) ?? schema.description}
      value={value ?? ''}
      disabled={disabled}
      readOnly={readonly}
      status={error ? 'error' : 'default'}
      statusText={error}
      aria-required={required || undefined}
      fullWidth
      resize="vertical"
      rows={3}
      onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}
