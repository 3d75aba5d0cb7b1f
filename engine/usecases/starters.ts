/**
 * Who may start a client path, from the process diagram (`camunda:candidateStarterGroups`, else the
 * role of the start event's lane), and the start form the first variables must pass.
 */
import type { DeploymentView, ProcessStartInfo } from '../api.js';
import { AppError } from '../errors.js';
import { hasAnyRole, OVERSIGHT_ROLES, type Caller, type UseCaseDeps } from './context.js';
import { checkFormInput } from './forms.js';
import { checkFreeVariables } from './variableLimits.js';

/** A process definition as the API lists it: the process's own name and who may start it. */
export interface StartableDefinition extends DeploymentView {
  /** The deployment's (file) name; `name` is the process's own. */
  deploymentName: string;
  starterRoles: string[];
  startableByMe: boolean;
  startFormKey: string | null;
}

/** True when the caller may start a process with these starter roles. */
export function mayStart(caller: Caller, starterRoles: string[]): boolean {
  if (starterRoles.length) return hasAnyRole(caller, starterRoles);
  // A diagram that names no starter leaves it to the workers: oversight, client and admin roles start no paths.
  return !caller.roles.every((r) => (OVERSIGHT_ROLES as readonly string[]).includes(r) || r === 'client' || r === 'admin');
}

/** Refuses a caller who may not start the process (forbidden) and variables failing its start form, or a form's limits without one (invalid_input). */
export async function checkStart(
  deps: UseCaseDeps,
  caller: Caller,
  input: { processKey: string; version?: number; variables?: Record<string, unknown> },
): Promise<ProcessStartInfo> {
  const info = await deps.engine.getStartInfo(input.processKey, input.version);
  if (!mayStart(caller, info.starterRoles)) throw new AppError('forbidden', 'your roles do not start this process');
  if (info.startFormKey) checkFormInput(deps, info.startFormKey, input.variables ?? {});
  else checkFreeVariables(input.variables, '/variables');
  return info;
}

/** The definitions with what their diagrams say about starting them. */
export async function withStarters(deps: UseCaseDeps, caller: Caller, views: DeploymentView[]): Promise<StartableDefinition[]> {
  return Promise.all(
    views.map(async (view) => {
      const info = await deps.engine.getStartInfo(view.processKey, view.version);
      return {
        ...view,
        name: info.name ?? view.name,
        deploymentName: view.name,
        starterRoles: info.starterRoles,
        startableByMe: mayStart(caller, info.starterRoles),
        startFormKey: info.startFormKey,
      };
    }),
  );
}
