/** Text, e-mail, number and henkilötunnus inputs as the Suomi.fi TextInput, its error tied to the field. */
import type { BaseInputTemplateProps } from '@rjsf/utils';
import { TextInput } from 'suomifi-ui-components';
import { suomifiFieldProps } from './fieldProps';

export function BaseInputTemplate(props: BaseInputTemplateProps) {
  const { id, value, required, disabled, readonly, schema, onChange, onBlur, onFocus, options, autofocus, type } = props;
  const numeric = schema.type === 'integer' || schema.type === 'number';
  const inputType = type === 'email' ? 'email' : numeric ? 'number' : 'text';
  return (
    <TextInput
      id={id}
      {...suomifiFieldProps(props)}
      optionalText={required ? undefined : ''}
      type={inputType}
      value={value ?? ''}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      aria-required={required || undefined}
      fullWidth
      onChange={(next) => {
        const text = next === undefined || next === null ? '' : String(next);
        if (text === '') return onChange(options.emptyValue);
        onChange(numeric && !Number.isNaN(Number(text)) ? Number(text) : text);
      }}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}
