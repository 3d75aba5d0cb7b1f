/** The props every Suomi.fi field of the theme takes from RJSF alike: label, hint and error status. */
import type { WidgetProps } from '@rjsf/utils';
import { firstError } from './errorId';

/** Label (a list row numbered), label mode, hint (ui:help, else the schema's description) and the first error as the field's status. */
export function suomifiFieldProps({
  id,
  label,
  hideLabel,
  options,
  schema,
  rawErrors,
}: Pick<WidgetProps, 'id' | 'label' | 'hideLabel' | 'options' | 'schema' | 'rawErrors'>) {
  const error = firstError(rawErrors);
  // A row of a list of plain values (root_strengths_identifiedByClient_0) is named by its item title and number: "Vahvuus 1".
  const row = /_(\d+)$/.exec(id);
  return {
    labelText: row && schema.title ? `${schema.title} ${Number(row[1]) + 1}` : label || id,
    labelMode: hideLabel ? ('hidden' as const) : ('visible' as const),
    hintText: (options.help as string | undefined) ?? schema.description,
    status: error ? ('error' as const) : ('default' as const),
    statusText: error,
  };
}
