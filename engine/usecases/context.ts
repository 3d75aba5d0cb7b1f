/** What every use-case receives: the engine, the store, the form catalogue and a clock. No HTTP here. */
import type { PolkuEngineApi } from '../api.js';
import type { ErrorDetail } from '../errors.js';
import type { Store } from '../store/Store.js';

/** The signed-in user a use-case acts for. */
export interface Caller {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

/** A form as the catalogue gives it: its JSON Schema and the rjsf uiSchema. */
export interface FormDefinition {
  schema: unknown;
  uiSchema: unknown;
}

/** The part of `forms/` the use-cases need; `forms/index.ts` satisfies it structurally. */
export interface FormCatalog {
  /** Every known form key. */
  listFormKeys(): string[];
  /** The form of a key, or undefined. */
  getForm(formKey: string): FormDefinition | undefined;
  /** One problem per failing field (Finnish messages by default); empty when the data is valid. */
  checkFormData(formKey: string, data: unknown, locale?: 'fi' | 'en'): ErrorDetail[];
  /** The TTS (työkyvyn tuen suunnitelma) as a PDF; throws invalid_input when a part fails its form. */
  renderTtsPdf(input: {
    referrer: Record<string, unknown>;
    team: Record<string, unknown>;
    processInstanceId: string;
    clientRef: string;
    generatedAt: Date | string;
  }): Promise<Buffer>;
}

/** The collaborators of every use-case. */
export interface UseCaseDeps {
  engine: PolkuEngineApi;
  store: Store;
  forms: FormCatalog;
  clock?: () => Date;
}

/** The current time of the deps' clock. */
export function now(deps: UseCaseDeps): Date {
  return deps.clock ? deps.clock() : new Date();
}

/** Roles that oversee paths without working on them: they see figures, not client data. */
export const OVERSIGHT_ROLES = ['manager', 'process-owner', 'auditor', 'operations'] as const;

/** True when the caller holds any of the roles. */
export function hasAnyRole(caller: Caller, roles: readonly string[]): boolean {
  return caller.roles.some((r) => roles.includes(r));
}
