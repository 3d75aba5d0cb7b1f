/**
 * Choosing a worker (`ui:widget: "userPicker"`, `ui:options.roles`): a native select of the active
 * users of those roles by display name, storing the username. The list comes from the server for
 * the open task (formContext.taskId) and holds usernames and display names only; a closed form
 * shows the stored value without asking.
 */
import type { WidgetProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { query } from '../../../lib/api';
import { useGet } from '../../../lib/useApi';
import { errorId, firstError } from './errorId';
import { FieldFrame } from './FieldFrame';

interface UserChoice {
  username: string;
  displayName: string;
}

export function UserPickerWidget({
  id,
  value,
  label,
  required,
  disabled,
  readonly,
  rawErrors,
  onChange,
  onBlur,
  options,
  registry,
}: WidgetProps) {
  const { t } = useTranslation();
  const error = firstError(rawErrors);
  const roles = Array.isArray(options.roles) ? (options.roles as string[]) : [];
  const taskId = (registry.formContext as { taskId?: string } | undefined)?.taskId;
  const editable = !disabled && !readonly;
  const path = editable && taskId && roles.length ? `/api/users/choices${query({ taskId, role: roles.join(',') })}` : null;
  const users = useGet<{ items: UserChoice[] }>(path);
  const choices = users.data?.items ?? [];
  const current = typeof value === 'string' && value ? value : '';
  const unknown = current && !choices.some((c) => c.username === current);
  if (!taskId)
    // Outside a task (no list to ask for) the username is typed; the server checks it all the same.
    return (
      <FieldFrame id={id} label={label} required={required} error={error}>
        <input
          id={id}
          className={`sf-input${error ? ' sf-error' : ''}`}
          value={current}
          disabled={!editable}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId(id) : undefined}
          onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
          onBlur={() => onBlur(id, value)}
        />
      </FieldFrame>
    );
  return (
    <FieldFrame id={id} label={label} required={required} error={error}>
      <select
        id={id}
        className={`sf-select${error ? ' sf-error' : ''}`}
        value={current}
        disabled={!editable}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(id) : undefined}
        aria-busy={users.loading ? true : undefined}
        onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
        onBlur={() => onBlur(id, value)}
      >
        <option value="">{users.loading ? t('userPicker.loading') : t('form.choose')}</option>
        {choices.map((c) => (
          <option key={c.username} value={c.username}>
            {c.displayName}
          </option>
        ))}
        {unknown && (
          <option value={current}>{editable && users.data ? t('userPicker.notChoosable', { username: current }) : current}</option>
        )}
      </select>
      {users.error && <span className="sf-status-error">{t('userPicker.failed')}</span>}
    </FieldFrame>
  );
}
