/**
 * Each field: the widget shows its own label and error (Suomi.fi components tie them to the input);
 * objects and arrays, which have no widget, show their errors here.
 */
import type { FieldTemplateProps } from '@rjsf/utils';
import { errorId } from './errorId';

export function FieldTemplate({ id, classNames, children, hidden, rawErrors, schema, help }: FieldTemplateProps) {
  if (hidden) return <div className="hidden">{children}</div>;
  const container = schema.type === 'object' || (schema.type === 'array' && !isEnumArray(schema));
  return (
    <div className={`form-field ${classNames ?? ''}`}>
      {children}
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
