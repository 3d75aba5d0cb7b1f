/** A process owner's actions on a path in an incident: retry with corrected variables (JSON), or cancel with a reason. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../lib/api';
import { cancel, retry, type Incident } from './api';

/** `onDone` gets the sentence to show: the path may leave the incident list (and this form) at once. */
export function IncidentActions({ incident, onDone }: { incident: Incident; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const [variables, setVariables] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function act(kind: 'retry' | 'cancel') {
    setProblem(null);
    let parsed: Record<string, unknown> | undefined;
    if (kind === 'retry' && variables.trim()) {
      try {
        parsed = JSON.parse(variables) as Record<string, unknown>;
      } catch {
        setProblem(t('operations.badJson'));
        return;
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        setProblem(t('operations.badJson'));
        return;
      }
    }
    try {
      if (kind === 'retry') await retry(incident.processInstanceId, parsed);
      else await cancel(incident.processInstanceId, reason.trim());
      onDone(t(kind === 'retry' ? 'operations.retried' : 'operations.cancelled'));
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : String(err));
    }
  }

  return (
    <div className="incident-actions">
      <div>
        <Textarea
          labelText={t('operations.variables')}
          hintText={t('operations.variablesHint')}
          value={variables}
          onChange={(e) => setVariables(e.target.value)}
          fullWidth
        />
        <Button onClick={() => void act('retry')}>{t('operations.retry')}</Button>
      </div>
      <div>
        <TextInput labelText={t('operations.reason')} value={reason} onChange={(v) => setReason(String(v ?? ''))} fullWidth />
        <Button variant="secondary" disabled={!reason.trim()} onClick={() => void act('cancel')}>
          {t('operations.cancel')}
        </Button>
      </div>
      {problem && (
        <InlineAlert status="error" role="alert">
          {problem}
        </InlineAlert>
      )}
    </div>
  );
}
