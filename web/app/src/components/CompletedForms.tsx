/** Completed forms of a path, each folded under its name, when and by whom (task view and path view). */
import { formatDateTime } from '../lib/format';
import type { PathForm } from '../lib/types';
import { FormData } from './FormData';

export function CompletedForms({ forms }: { forms: PathForm[] }) {
  return (
    <>
      {forms.map((f) => (
        <details key={f.taskId} className="earlier-form">
          <summary>
            {f.name ?? f.activityId}
            <span className="muted small">
              {' '}
              · {formatDateTime(f.completedAt)}
              {f.completedByName ? ` · ${f.completedByName}` : ''}
            </span>
          </summary>
          <FormData formKey={f.formKey} data={f.data ?? {}} />
        </details>
      ))}
    </>
  );
}
