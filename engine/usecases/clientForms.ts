/**
 * Omat lomakkeeni: the parts of a path the client fills themselves (the self-rated work ability
 * 0–10 and a few words), saved as a draft and then sent; once sent the answer stays as sent and
 * the workers who see the path read it as the client's own answer.
 */
import { AppError, notFound } from '../errors.js';
import { clientPartOf, requireOwnPath } from '../policy/clientAccess.js';
import { logRead, requirePath } from '../policy/index.js';
import type { ClientFormRecord } from '../clientPart/ClientPartStore.js';
import { now, type Caller, type UseCaseDeps } from './context.js';

/** The forms a client fills; each field checked by `check`. */
export const CLIENT_FORMS = ['self-rated-work-ability'] as const;
export type ClientFormKey = (typeof CLIENT_FORMS)[number];

/** The answer's fields: the work ability 0–10 (required to send) and the client's own words. */
function check(data: unknown, sending: boolean): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new AppError('invalid_input', 'data must be an object', [{ path: '/data', message: 'object' }]);
  const { workAbility, ownWords, ...rest } = data as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra)
    throw new AppError('invalid_input', `unknown field ${extra}`, [{ path: `/data/${extra}`, message: 'not a field of this form' }]);
  if (workAbility !== undefined && (!Number.isInteger(workAbility) || (workAbility as number) < 0 || (workAbility as number) > 10))
    throw new AppError('invalid_input', 'workAbility must be a whole number 0–10', [{ path: '/data/workAbility', message: '0–10' }]);
  if (sending && workAbility === undefined)
    throw new AppError('invalid_input', 'workAbility is required to send', [{ path: '/data/workAbility', message: 'required' }]);
  if (ownWords !== undefined && (typeof ownWords !== 'string' || ownWords.length > 2000))
    throw new AppError('invalid_input', 'ownWords must be text of at most 2000 characters', [
      { path: '/data/ownWords', message: 'text ≤ 2000' },
    ]);
  return { ...(workAbility !== undefined ? { workAbility } : {}), ...(ownWords !== undefined ? { ownWords } : {}) };
}

function formKeyOf(formKey: string): ClientFormKey {
  if (!(CLIENT_FORMS as readonly string[]).includes(formKey)) throw notFound('client form');
  return formKey as ClientFormKey;
}

const SELF = { role: 'client', why: 'own data' };

/** The client's answer (or an empty draft) on one of their paths. */
export async function myForm(deps: UseCaseDeps, caller: Caller, instanceId: string, formKey: string): Promise<ClientFormRecord> {
  const key = formKeyOf(formKey);
  const instance = await requireOwnPath(deps, caller, instanceId);
  const stored = await clientPartOf(deps).getClientForm(instance.clientRef!, key);
  await logRead(deps, caller, SELF, { clientRef: instance.clientRef, instanceId }, `own form ${key}`, 'client-read');
  return stored ?? { clientRef: instance.clientRef!, formKey: key, data: {}, state: 'draft', savedAt: '', sentAt: null };
}

/** Saves the client's draft, or sends it (`send`); conflict once sent. */
export async function saveMyForm(
  deps: UseCaseDeps,
  caller: Caller,
  instanceId: string,
  formKey: string,
  input: { data: unknown; send: boolean },
): Promise<ClientFormRecord> {
  const key = formKeyOf(formKey);
  const instance = await requireOwnPath(deps, caller, instanceId);
  const data = check(input.data, input.send);
  const at = now(deps).toISOString();
  const record: ClientFormRecord = {
    clientRef: instance.clientRef!,
    formKey: key,
    data,
    state: input.send ? 'sent' : 'draft',
    savedAt: at,
    sentAt: input.send ? at : null,
  };
  if (!(await clientPartOf(deps).saveClientForm(record))) throw new AppError('conflict', 'this form was sent already');
  if (input.send)
    await deps.store.appendAudit([
      {
        at,
        actor: caller.id,
        action: 'client-form-send',
        clientRef: instance.clientRef,
        instanceId,
        detail: `client sent form ${key}`,
        role: 'client',
        why: 'own act',
      },
    ]);
  return record;
}

/** The client's sent answers on a path, for a worker who sees the whole path (logged as a read). */
export async function clientAnswers(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<ClientFormRecord[]> {
  const instance = await deps.store.getInstance(instanceId);
  if (!instance?.clientRef) throw notFound('process instance');
  const decision = await requirePath(deps, caller, instance, ['path']);
  const forms = (await Promise.all(CLIENT_FORMS.map((k) => clientPartOf(deps).getClientForm(instance.clientRef!, k)))).filter(
    (f): f is ClientFormRecord => f?.state === 'sent',
  );
  await logRead(deps, caller, decision, { clientRef: instance.clientRef, instanceId }, "client's own form answers");
  return forms;
}
