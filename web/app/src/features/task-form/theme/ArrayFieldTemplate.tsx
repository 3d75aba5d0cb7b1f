/**
 * A list field (array of rows) as a fieldset: its title, the rows, and an "add" button named after
 * the row ("Lisää kutsuttu taho"), a Suomi.fi button of at least 44×44 px.
 */
import type { ArrayFieldTemplateProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { inSentence, itemTitle } from './itemTitle';

export function ArrayFieldTemplate({
  canAdd,
  disabled,
  readonly,
  fieldPathId,
  items,
  onAddClick,
  required,
  schema,
  title,
  uiSchema,
}: ArrayFieldTemplateProps) {
  const { t } = useTranslation();
  const label = (uiSchema?.['ui:title'] as string | undefined) || title || schema.title || '';
  const row = itemTitle(schema.items, t('form.row'));
  return (
    <fieldset className="form-group array-field" id={fieldPathId.$id}>
      <legend>
        {label}
        {!required && <span className="sf-optional"> ({t('form.optional')})</span>}
      </legend>
      {schema.description && <p className="muted">{schema.description}</p>}
      {items.length === 0 && <p className="muted array-empty">{t('form.noRows')}</p>}
      <div className="array-items">{items}</div>
      {canAdd && !disabled && !readonly && (
        <Button variant="secondary" className="array-add" id={`${fieldPathId.$id}__add`} onClick={onAddClick}>
          {t('form.addRow', { row: inSentence(row) })}
        </Button>
      )}
    </fieldset>
  );
}
