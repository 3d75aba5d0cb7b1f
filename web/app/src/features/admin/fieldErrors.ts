/** The server's answer to an account change as Finnish messages per field. */
import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api';

/** Field → message; `form` holds a message for the whole form. */
export function accountErrors(err: unknown, t: TFunction): Record<string, string> {
  if (!(err instanceof ApiError)) return { form: t('errors.general') };
  if (err.status === 409) return { username: t('admin.errors.taken') };
  // The one refusal of an account change an admin may make: granting themselves a role.
  if (err.status === 403) return { form: t('admin.errors.selfGrant') };
  if (err.status !== 400) return { form: t(err.status === 0 ? 'common.networkError' : 'errors.general') };
  const errors: Record<string, string> = {};
  for (const d of err.details) {
    const field = d.path.split('/')[1] ?? 'form';
    errors[field] = t(`admin.errors.${field}`, { defaultValue: t('admin.errors.invalid') });
  }
  return Object.keys(errors).length ? errors : { form: t('admin.errors.invalid') };
}
