/**
 * Deployment: parse safely, refuse scripts and broken expressions, lint, check called processes,
 * then give each executable process of the file its next version, all in one transaction. The same
 * XML again is no new version; running instances keep the version they started on.
 */
import { createHash, randomUUID } from 'node:crypto';
import { invalidBpmn, type ErrorDetail } from '../errors.js';
import type { DeploymentRecord, Store } from '../store/Store.js';
import { describeProcess, parseBpmn, processesOf } from './bpmnModel.js';
import { diagramLimitProblems, sizeProblem } from './diagramLimits.js';
import { validateModel } from './validateModel.js';
import { ownedTargets } from './variableMappings.js';

/** Gives the event loop back between the heavy phases of a deployment, so other requests go on. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LintFinding {
  id: string;
  message: string;
  category: 'error' | 'warn';
}

/** Lints BPMN XML with the project's rules (processes/lint). */
export type BpmnLinter = (xml: string) => Promise<LintFinding[]>;

/** Deploys the file; returns the deployment of each executable process (existing ones for identical XML). */
export async function deployBpmn(
  store: Store,
  input: { name: string; xml: string; by?: string | null; note?: string | null; now: Date; lint?: BpmnLinter },
): Promise<DeploymentRecord[]> {
  const tooLarge = typeof input.xml === 'string' ? sizeProblem(input.xml) : null;
  if (tooLarge) throw invalidBpmn('the BPMN diagram is too large', [tooLarge]);
  const xmlHash = createHash('sha256').update(input.xml, 'utf8').digest('hex');
  const ctx = await parseBpmn(input.xml);
  await yieldToOthers();
  const executable = processesOf(ctx).filter((p) => p.isExecutable === true);
  // Identical XML gives the existing versions only when every process of the file is there and latest.
  const same = latestPerKey(await store.findDeploymentsByHash(xmlHash));
  const sameKeys = new Set(same.map((d) => d.processKey));
  if (same.length && executable.every((p) => sameKeys.has(String(p.id))) && (await allLatest(store, same))) {
    return same.filter((d) => executable.some((p) => String(p.id) === d.processKey));
  }

  const problems: ErrorDetail[] = [...validateModel(ctx), ...diagramLimitProblems(ctx)];
  await yieldToOthers();
  if (input.lint && !problems.length) {
    for (const finding of await input.lint(input.xml)) {
      if (finding.category === 'error') problems.push({ path: `#${finding.id}`, message: finding.message });
    }
  }
  const inFile = new Set(processesOf(ctx).map((p) => String(p.id)));
  for (const p of executable) {
    for (const [activityId, call] of describeProcess(p).calls) {
      if (!call.processKey) {
        problems.push({ path: `#${activityId}`, message: 'a call activity needs calledElement' });
      } else if (!inFile.has(call.processKey) && !(await store.findDeployment(call.processKey, call.version ?? undefined))) {
        problems.push({ path: `#${activityId}`, message: `calledElement "${call.processKey}" is not deployed` });
      }
      for (const target of [...ownedTargets(call.inputs), ...ownedTargets(call.outputs)])
        problems.push({
          path: `#${activityId}`,
          message: `the mapping target "${target}" is a variable Polku owns; map into another name`,
        });
    }
  }
  if (problems.length) throw invalidBpmn('the BPMN diagram cannot be deployed', problems);

  const records: DeploymentRecord[] = [];
  for (const p of executable) {
    const latest = await store.findDeployment(String(p.id));
    const record: DeploymentRecord = {
      id: randomUUID(),
      processKey: String(p.id),
      version: (latest?.version ?? 0) + 1,
      name: input.name,
      xmlHash,
      xml: input.xml,
      deployedAt: input.now.toISOString(),
      deployedBy: input.by ?? null,
      note: input.note ?? null,
    };
    records.push(record);
  }
  // One transaction: a failure half-way (another deployer took a version meanwhile) leaves nothing.
  await store.insertDeployments(records);
  return records;
}

async function allLatest(store: Store, records: DeploymentRecord[]): Promise<boolean> {
  for (const r of records) {
    if ((await store.findDeployment(r.processKey))?.id !== r.id) return false;
  }
  return true;
}

function latestPerKey(records: DeploymentRecord[]): DeploymentRecord[] {
  const byKey = new Map<string, DeploymentRecord>();
  for (const r of records) {
    const seen = byKey.get(r.processKey);
    if (!seen || seen.version < r.version) byKey.set(r.processKey, r);
  }
  return [...byKey.values()];
}
