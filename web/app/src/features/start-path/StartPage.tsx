/** Start a client path: the processes my roles may start (from their diagrams), with a start form where one exists. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { api, ApiError } from '../../lib/api';
import type { Definition, Instance } from '../../lib/types';
import { listOf } from '../../lib/api';
import { useDefinitions } from '../inbox/api';
import { StartForm } from './StartForm';
import { processName } from '../../lib/processName';

export default function StartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const definitions = useDefinitions();
  const [chosen, setChosen] = useState<Definition | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const startable = useMemo(() => listOf(definitions.data ?? []).filter((d) => d.startableByMe !== false), [definitions.data]);

  async function start(definition: Definition, variables?: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    try {
      const instance = await api<Instance>('/api/process-instances', {
        method: 'POST',
        body: { processKey: definition.processKey, ...(variables ? { variables } : {}) },
      });
      navigate(`/polut/${instance.id}`, { state: { notice: 'started' } });
    } catch (err) {
      setError(t(err instanceof ApiError && err.status === 403 ? 'start.forbidden' : 'errors.general'));
      if (err instanceof ApiError && err.status === 400) throw err;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page">
      <Heading variant="h1">{t('start.title')}</Heading>
      <p className="muted">{t('start.intro')}</p>
      {definitions.error && <ErrorMessage error={definitions.error} />}
      {definitions.loading && !definitions.data && <Loading />}
      {error && (
        <InlineAlert status="error" role="alert">
          {error}
        </InlineAlert>
      )}
      {definitions.data && startable.length === 0 && <p className="empty">{t('start.none')}</p>}
      {chosen?.startFormKey ? (
        <StartForm definition={chosen} busy={busy} onCancel={() => setChosen(null)} onSubmit={(variables) => start(chosen, variables)} />
      ) : (
        <ul className="card-list">
          {startable.map((d) => (
            <li key={d.processKey} className="card">
              <Heading variant="h3" as="h2">
                {processName(t, d.processKey, d.name || d.processKey)}
              </Heading>
              <p className="muted">{t(`processDescriptions.${d.processKey}`, { defaultValue: '' })}</p>
              <p className="small muted">{t('start.version', { version: d.version })}</p>
              <Button
                disabled={busy}
                onClick={() => (d.startFormKey ? setChosen(d) : void start(d))}
                aria-label={t('start.startNamed', { name: processName(t, d.processKey, d.name || d.processKey) })}
              >
                {t('start.start')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
