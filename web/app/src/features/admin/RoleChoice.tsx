/** The roles as checkboxes (Suomi.fi), in the order of the role list. */
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup } from 'suomifi-ui-components';

export function RoleChoice({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string[];
  onChange: (roles: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const all = Object.keys(t('roles', { returnObjects: true }) as Record<string, string>);
  return (
    <CheckboxGroup id={id} labelText={t('admin.roles')} groupStatus={error ? 'error' : 'default'} groupStatusText={error}>
      {all.map((role) => (
        <Checkbox
          key={role}
          id={`${id}-${role}`}
          checked={value.includes(role)}
          onClick={({ checkboxState }) =>
            onChange(checkboxState ? all.filter((r) => r === role || value.includes(r)) : value.filter((r) => r !== role))
          }
        >
          {t(`roles.${role}`)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
