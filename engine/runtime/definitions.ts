/**
 * Compiled deployments: each deployed process parsed and serialized once, so starting or resuming
 * an instance never parses XML again. Other processes of the same file are left out of the
 * compiled copy: a call activity starts them as instances of their own.
 */
import * as Elements from 'bpmn-elements';
import serializer, { TypeResolver } from 'moddle-context-serializer';
import { notFound } from '../errors.js';
import type { DeploymentRecord, Store } from '../store/Store.js';
import { describeProcess, parseBpmn, processesOf, walkFlowElements, type ModdleElement, type ProcessModel } from './bpmnModel.js';
import { asFeelBody, languageKind } from './expressionLanguage.js';

export interface CompiledDefinition {
  deployment: DeploymentRecord;
  model: ProcessModel;
  /** The serialized moddle context bpmn-engine takes as `sourceContext`. */
  sourceContext: unknown;
}

const typeResolver = TypeResolver(Elements as never);

export class DefinitionCache {
  private readonly byId = new Map<string, Promise<CompiledDefinition>>();

  constructor(private readonly store: Store) {}

  /** The compiled deployment by id; throws not_found. */
  get(deploymentId: string): Promise<CompiledDefinition> {
    let entry = this.byId.get(deploymentId);
    if (!entry) {
      entry = this.load(deploymentId);
      entry.catch(() => this.byId.delete(deploymentId));
      this.byId.set(deploymentId, entry);
    }
    return entry;
  }

  /** The compiled deployment of a key at a version (latest when omitted); throws not_found. */
  async find(processKey: string, version?: number): Promise<CompiledDefinition> {
    const d = await this.store.findDeployment(processKey, version);
    if (!d) throw notFound(`process ${processKey}${version ? ` version ${version}` : ''}`);
    return this.get(d.id);
  }

  private async load(deploymentId: string): Promise<CompiledDefinition> {
    const deployment = await this.store.getDeployment(deploymentId);
    if (!deployment) throw notFound('deployment');
    return compile(deployment);
  }
}

/** Parses and serializes one deployment for bpmn-engine. */
export async function compile(deployment: DeploymentRecord): Promise<CompiledDefinition> {
  const ctx = await parseBpmn(deployment.xml);
  const processes = processesOf(ctx);
  const target = processes.find((p) => p.id === deployment.processKey);
  if (!target) throw notFound(`process ${deployment.processKey} in its deployment`);
  // bpmn-elements would run a called process of the same file inside the caller; ours are
  // instances of their own, so the compiled copy holds only its own process.
  ctx.rootElement.rootElements = (ctx.rootElement.rootElements ?? []).filter(
    (e) => e === target || (e.$type !== 'bpmn:Process' && e.$type !== 'bpmn:Collaboration'),
  );
  target.isExecutable = true;
  feelByLanguageAsFeel(target);
  const sourceContext = serializer(ctx as never, typeResolver);
  return { deployment, model: describeProcess(target), sourceContext };
}

/**
 * Conditions and timers that declare FEEL by its language URI run as the engine's FEEL: the
 * leading `=` added and the language dropped (bpmn-engine would hand a declared language to the
 * script handler, which refuses every script).
 */
function feelByLanguageAsFeel(processEl: ModdleElement): void {
  const expressions: ModdleElement[] = [];
  walkFlowElements(processEl, (el) => {
    if (el.conditionExpression) expressions.push(el.conditionExpression as ModdleElement);
    for (const def of (el.eventDefinitions as ModdleElement[] | undefined) ?? []) {
      for (const kind of ['timeDuration', 'timeCycle', 'timeDate', 'condition'])
        if (def[kind]) expressions.push(def[kind] as ModdleElement);
    }
  });
  for (const expr of expressions) {
    if (languageKind(expr.language) !== 'feel') continue;
    expr.body = asFeelBody(String(expr.body ?? ''), expr.language);
    delete expr.language;
  }
}
