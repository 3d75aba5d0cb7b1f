/** Long text as the Suomi.fi Textarea. */
import type { WidgetProps } from '@rjsf/utils';
import { Textarea } from 'suomifi-ui-components';
import { suomifiFieldProps } from './fieldProps';

export function TextareaWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, onChange, onBlur, onFocus, options } = props;
  return (
    <Textarea
      id={id}
      {...suomifiFieldProps(props)}
      value={value ?? ''}
      disabled={disabled}
      readOnly={readonly}
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
