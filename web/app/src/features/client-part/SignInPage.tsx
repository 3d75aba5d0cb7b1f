/** The client's sign-in: one button to strong identification; a refused sign-in explained in plain words. */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

const REASONS = ['state', 'nonce', 'expired', 'signature', 'issuer', 'identity', 'transaction', 'provider'];

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const reason = params.get('virhe');
  return (
    <section>
      <h1>{t('client.signIn.title')}</h1>
      {reason && (
        <p className="client-alert" role="alert">
          {t(`client.signIn.refused.${REASONS.includes(reason) ? reason : 'provider'}`)}
        </p>
      )}
      <p>{t('client.signIn.intro')}</p>
      <a className="client-button" href="/api/client/sign-in">
        {t('client.signIn.button')}
      </a>
    </section>
  );
}
