/** Lokitiedot: the auditor looks a client up by pseudonym and reads who handled the client's data, and reads the account changes. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, TextInput } from 'suomifi-ui-components';
import { AccessLog } from './AccessLog';
import { AccountChanges } from '../audit/AccountChanges';

export default function AccessLogPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [clientRef, setClientRef] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    setClientRef(text.trim() || null);
  }
  return (
    <section className="page" aria-labelledby="audit-title">
      <Heading variant="h1" id="audit-title">
        {t('audit.title')}
      </Heading>
      <p className="muted">{t('audit.intro')}</p>
      <form className="audit-search" onSubmit={submit}>
        <TextInput
          labelText={t('inbox.client')}
          visualPlaceholder={t('inbox.clientPlaceholder')}
          value={text}
          onChange={(v) => setText(String(v ?? ''))}
        />
        <Button type="submit">{t('audit.show')}</Button>
      </form>
      {clientRef && <AccessLog key={clientRef} clientRef={clientRef} mayRead showEmpty />}
      <AccountChanges />
    </section>
  );
}
