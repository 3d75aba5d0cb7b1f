/**
 * Each field: the widget shows its own label and error (Suomi.fi components tie them to the input);
 * objects and arrays, which have no widget, show their errors here. A prefilled field says where
 * its value came from (formContext.prefilled, by field id); it stays editable.
 */
import type { FieldTemplateProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import type { PrefillSource } from '../../../../../../forms/prefill';
import { errorId } from './errorId';

export function FieldTemplate({
  id,
  classNames,
  children,
  hidden,
  rawErrors,
  schema,
  help,
  registry,
  disabled,
  readonly,
}: FieldTemplateProps) {
  const { t } = useTranslation();
  if (hidden) return <div className="hidden">{children}</div>;
  const container = schema.type === 'object' || (schema.type === 'array' && !isEnumArray(schema));
  const source = (registry.formContext as { prefilled?: Record<string, PrefillSource> } | undefined)?.prefilled?.[id];
  return (
    <div className={`form-field ${classNames ?? ''}`}>
      {children}
      {source && !disabled && !readonly && (
        <span id={`${id}__prefilled`} className="prefilled-note">
          {'account' in source ? t('form.prefilledMine') : t('form.prefilled', { form: source.form })}
        </span>
      )}
      {container && rawErrors && rawErrors.length > 0 && (
        <ul id={errorId(id)} className="sf-status-error field-errors" role="alert">
          {rawErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {container && help}
    </div>
  );
}

function isEnumArray(schema: FieldTemplateProps['schema']): boolean {
  const items = schema.items as { enum?: unknown[] } | undefined;
  return !!items && Array.isArray(items.enum) && schema.uniqueItems === true;
}
