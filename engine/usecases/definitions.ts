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

/** Roles that never read a diagram: the client's own and account management. */
const NO_DIAGRAMS = ['client', 'admin'];

/**
 * The BPMN XML of a process key at a version (latest when omitted), for those who work on or
 * oversee paths (it names every role, form and rule); forbidden to the `client` role; not_found otherwise.
 */
export async function definitionXml(deps: UseCaseDeps, caller: Caller, processKey: string, version?: number): Promise<string> {
  if (!caller.roles.some((r) => !NO_DIAGRAMS.includes(r)))
    throw new AppError('forbidden', 'the process diagrams are for those working on paths');
  return deps.engine.getDefinitionXml(processKey, version);
}
