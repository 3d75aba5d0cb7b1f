/**
 * Moving running paths to another version: choose the versions, map the activities the target
 * lacks (the same id maps itself), try it (a dry run changes nothing), then move the paths the try
 * found movable. Each path moves in one step or not at all; the ones that cannot move are counted
 * by their reason, in words, with step names instead of ids.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { ErrorMessage, Loading } from '../../components/Status';
import { ApiError } from '../../lib/api';
import { useApi } from '../../lib/useApi';
import { migrate, useProcesses, useTwoVersions, useVersions, type MigrationResult } from './api';
import { flowNodesOf } from './diff';
import { ProcessSelect } from './ProcessSelect';
import { describeReason, groupReasons } from './migrationReasons';
import './versions.css';

export default function MigrationPage() {
  const { t } = useTranslation();
  const processes = useProcesses();
  const [chosen, setChosen] = useState('');
  const processKey = chosen || processes.data?.items[0]?.processKey || '';
  const versions = useVersions(processKey);
  const items = versions.data?.items ?? [];
  const latest = items.at(-1)?.version ?? 0;
  const [plan, setPlan] = useState<{ key: string; from: number; to: number; mapping: Record<string, string> } | null>(null);
  const from =
    plan?.key === processKey ? plan.from : (items.find((v) => v.running > 0 && v.version !== latest)?.version ?? Math.max(1, latest - 1));
  const to = plan?.key === processKey ? plan.to : latest;
  const mapping = plan?.key === processKey ? plan.mapping : {};
  const xml = useTwoVersions(processKey, from, to);
  const nodes = useApi(xml.data ? `nodes:${processKey}:${from}:${to}` : null, async () => ({
    from: await flowNodesOf(xml.data!.older),
    to: await flowNodesOf(xml.data!.newer),
  }));
  const [result, setResult] = useState<{ dryRun: boolean; result: MigrationResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (change: Partial<{ from: number; to: number; mapping: Record<string, string> }>) => {
    setPlan({ key: processKey, from, to, mapping, ...change });
    setResult(null);
  };

  // The move takes the paths the last try found movable: the button counts exactly those.
  const planned = result?.dryRun ? result.result.migrated : [];

  async function run(dryRun: boolean) {
    setBusy(true);
    setError(null);
    try {
      const instanceIds = dryRun ? undefined : planned;
      const answer = await migrate(processKey, { fromVersion: from, toVersion: to, mapping, dryRun, instanceIds });
      setResult({ dryRun, result: answer });
      if (!dryRun) versions.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  if (processes.error) return <ErrorMessage error={processes.error} />;
  if (!processes.data) return <Loading />;
  const unmatched = nodes.data ? [...nodes.data.from.entries()].filter(([id]) => !nodes.data!.to.has(id)) : [];
  const targetOptions = nodes.data ? [...nodes.data.to.entries()] : [];
  const running = (v: number) => items.find((i) => i.version === v)?.running ?? 0;
  const stepName = (id: string) => nodes.data?.from.get(id)?.name || nodes.data?.to.get(id)?.name || t('versions.migration.unnamedStep');
  const reasons = result ? groupReasons(result.result.refused, (r) => describeReason(r, t, stepName)) : [];

  return (
    <section className="page versions-page" aria-labelledby="migration-title">
      <Heading variant="h1" id="migration-title">
        {t('versions.migration.title')}
      </Heading>
      <p>{t('versions.migration.intro')}</p>
      <div className="versions-toolbar">
        <ProcessSelect processes={processes.data.items} value={processKey} onChange={(key) => (setChosen(key), setResult(null))} />
        {(['from', 'to'] as const).map((side) => (
          <label className="field-inline" key={side}>
            <span>{t(`versions.migration.${side}`)}</span>
            <select value={side === 'from' ? from : to} onChange={(e) => update({ [side]: Number(e.target.value) })}>
              {items.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('versions.migration.versionOption', { version: v.version, count: v.running })}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <Heading variant="h2">{t('versions.migration.mapping')}</Heading>
      {!nodes.data && <Loading />}
      {nodes.data && (
        <>
          <p>{t('versions.migration.sameIds', { count: nodes.data.from.size - unmatched.length })}</p>
          {unmatched.length > 0 && (
            <table className="data-table">
              <caption>{t('versions.migration.unmatchedCaption', { version: to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('versions.migration.oldActivity', { version: from })}</th>
                  <th scope="col">{t('versions.migration.newActivity', { version: to })}</th>
                </tr>
              </thead>
              <tbody>
                {unmatched.map(([id, node]) => (
                  <tr key={id}>
                    <td>{node.name || t('versions.migration.unnamedStep')}</td>
                    <td>
                      <select
                        aria-label={t('versions.migration.mapTo', { name: node.name || t('versions.migration.unnamedStep') })}
                        value={mapping[id] ?? ''}
                        onChange={(e) => {
                          const { [id]: _old, ...rest } = mapping;
                          update({ mapping: e.target.value ? { ...rest, [id]: e.target.value } : rest });
                        }}
                      >
                        <option value="">{t('versions.migration.noMapping')}</option>
                        {targetOptions
                          .filter(([, n]) => n.type === node.type)
                          .map(([targetId, n]) => (
                            <option key={targetId} value={targetId}>
                              {n.name || t('versions.migration.unnamedStep')}
                            </option>
                          ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <div className="versions-toolbar">
        <Button variant="secondary" onClick={() => void run(true)} disabled={busy || from === to || !running(from)}>
          {t('versions.migration.dryRun')}
        </Button>
        <Button onClick={() => void run(false)} disabled={busy || from === to || !planned.length}>
          {result?.dryRun ? t('versions.migration.run', { count: planned.length }) : t('versions.migration.runAfterDryRun')}
        </Button>
      </div>
      {error && (
        <InlineAlert status="error" role="alert">
          {error}
        </InlineAlert>
      )}
      {result && (
        <div role="status">
          <InlineAlert status={result.result.refused.length ? 'error' : 'neutral'}>
            {t(result.dryRun ? 'versions.migration.dryRunResult' : 'versions.migration.runResult', {
              moved: result.result.migrated.length,
              refused: result.result.refused.length,
            })}
          </InlineAlert>
          {reasons.length > 0 && (
            <table className="data-table">
              <caption>{t('versions.migration.refusedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('versions.migration.reason')}</th>
                  <th scope="col">{t('versions.migration.count')}</th>
                </tr>
              </thead>
              <tbody>
                {reasons.map((r) => (
                  <tr key={r.reason}>
                    <td>{r.reason}</td>
                    <td>{r.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
