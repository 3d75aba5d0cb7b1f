import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <Heading variant="h1">{t('errors.pageNotFound')}</Heading>
      <p>
        <Link to="/">{t('nav.inbox')}</Link>
      </p>
    </section>
  );
}
