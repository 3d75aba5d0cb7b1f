/** A group of fields as a fieldset with a legend (the root form's title is the page heading; a list row is numbered). */
import type { ObjectFieldTemplateProps } from '@rjsf/utils';
import { rowIndex } from './itemTitle';

export function ObjectFieldTemplate({ title, description, properties, fieldPathId }: ObjectFieldTemplateProps) {
  const root = fieldPathId.$id === 'root';
  const fields = properties.filter((p) => !p.hidden).map((p) => <div key={p.name}>{p.content}</div>);
  if (root) return <div className="form-root">{fields}</div>;
  const row = rowIndex(fieldPathId.path);
  return (
    <fieldset className="form-group">
      {title && <legend>{row === null ? title : `${title} ${row + 1}`}</legend>}
      {description && <p className="muted">{description}</p>}
      {fields}
    </fieldset>
  );
}
