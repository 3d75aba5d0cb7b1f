/** Deploying and reading BPMN process definitions. Only process owners deploy. */
import type { DeploymentView } from '../api.js';
import { AppError } from '../errors.js';
import { hasAnyRole, type Caller, type UseCaseDeps } from './context.js';
import { withStarters, type StartableDefinition } from './starters.js';

/** Deploys every process of the XML for a process owner; forbidden for anyone else. */
export async function deployProcesses(
  deps: UseCaseDeps,
  caller: Caller,
  input: { name: string; xml: string; note?: string },
): Promise<{ deployments: Omit<DeploymentView, 'deployedAt'>[] }> {
  if (!hasAnyRole(caller, ['process-owner'])) throw new AppError('forbidden', 'only a process owner may deploy');
  const views = await deps.engine.deploy(input.name, input.xml, caller.id, input.note?.trim() || undefined);
  return { deployments: views.map(({ id, processKey, version, name }) => ({ id, processKey, version, name })) };
}

/** The latest version of each process, or every version with `all`, with who may start it and its start form. */
export async function listDefinitions(deps: UseCaseDeps, caller: Caller, all: boolean): Promise<StartableDefinition[]> {
  return withStarters(deps, caller, await deps.engine.listDefinitions(all));
}

/** The BPMN XML of a process key at a version (latest when omitted); not_found otherwise. */
export async function definitionXml(deps: UseCaseDeps, processKey: string, version?: number): Promise<string> {
  return deps.engine.getDefinitionXml(processKey, version);
}
