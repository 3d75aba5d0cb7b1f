/** Small shared states: loading, an API error in Finnish, and the "late" badge (text and colour, not colour alone). */
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import type { ApiError } from '../lib/api';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

/** The error as the user should read it: not found, forbidden, network or general. */
export function ErrorMessage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const key =
    error.status === 404
      ? 'errors.notFound'
      : error.status === 403
        ? 'errors.forbidden'
        : error.status === 0
          ? 'common.networkError'
          : 'errors.general';
  return (
    <InlineAlert status="error" role="alert">
      {t(key)}
    </InlineAlert>
  );
}

export function LateBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-late">{t('common.late')}</span>;
}
