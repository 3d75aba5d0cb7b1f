/**
 * One row of a list field: its fields, then "Siirrä ylös", "Siirrä alas" and "Poista" as Suomi.fi
 * buttons whose accessible names also say which row ("Poista kutsuttu taho 2").
 */
import type { ArrayFieldItemTemplateProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { inSentence, itemTitle } from './itemTitle';

export function ArrayFieldItemTemplate({
  children,
  buttonsProps,
  hasToolbar,
  index,
  schema,
  disabled,
  readonly,
}: ArrayFieldItemTemplateProps) {
  const { t } = useTranslation();
  const which = `${inSentence(itemTitle(schema, t('form.row')))} ${index + 1}`;
  const { hasMoveUp, hasMoveDown, hasRemove, onMoveUpItem, onMoveDownItem, onRemoveItem } = buttonsProps;
  const off = disabled || readonly;
  return (
    <div className="array-item">
      <div className="array-item-fields">{children}</div>
      {hasToolbar && !off && (
        <div className="array-item-toolbar">
          {(hasMoveUp || hasMoveDown) && (
            <>
              <Button variant="secondaryNoBorder" disabled={!hasMoveUp} onClick={onMoveUpItem}>
                {t('form.moveUp')}
                <span className="visually-hidden"> {which}</span>
              </Button>
              <Button variant="secondaryNoBorder" disabled={!hasMoveDown} onClick={onMoveDownItem}>
                {t('form.moveDown')}
                <span className="visually-hidden"> {which}</span>
              </Button>
            </>
          )}
          {hasRemove && (
            <Button variant="secondary" onClick={onRemoveItem}>
              {t('form.remove')}
              <span className="visually-hidden"> {which}</span>
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
