/** Client paths (process instances): start, read, list, message, cancel; the policy decides and logs each. */
import type { InstanceState, InstanceView, PublicInstance } from '../api.js';
import { AppError } from '../errors.js';
import {
  consentOf,
  decidePathWith,
  logRead,
  note,
  participation,
  refuseEngineMessage,
  refuseEngineOwned,
  requireClient,
  requirePath,
  revealInstance,
  decidePath,
  type ConsentStatus,
} from '../policy/index.js';
import { type Caller, type UseCaseDeps } from './context.js';
import { withPeople, type PathWithPeople } from './pathPeople.js';
import { checkStart } from './starters.js';
import { checkFreeVariables } from './variableLimits.js';
import { offsetCursor, pageSize, readOffsetCursor, type Page } from './pagination.js';

export type { PublicInstance };

function publicView(i: InstanceView): PublicInstance {
  const { revision: _revision, ...rest } = i;
  return rest;
}

/** How many instances a list looks through at most (newest first) before filtering by access. */
const LIST_SCAN = 5_000;

/**
 * Starts a client path for one of its starter roles, with variables that pass its start form
 * (starters.ts). Engine-owned fields in
 * the variables → 400; `clientRef` joins an existing client only for someone who already sees them (else 404).
 */
export async function startInstance(
  deps: UseCaseDeps,
  caller: Caller,
  input: { processKey: string; version?: number; businessKey?: string; variables?: Record<string, unknown>; clientRef?: string },
): Promise<PublicInstance> {
  // The version checked is the version started, even if a newer one is deployed meanwhile.
  const { version } = await checkStart(deps, caller, input);
  refuseEngineOwned(input.variables, '/variables');
  if (input.clientRef !== undefined) await requireClient(deps, caller, input.clientRef);
  const { clientRef, ...rest } = input;
  const instance = await deps.engine.startInstance({
    ...rest,
    version,
    clientRef,
    by: caller.id,
    audit: [note(caller, { sight: 'path', why: 'started the path', role: null, tasks: [] }, 'start', `started ${input.processKey}`)],
  });
  // The starter takes part from now on: the answer is a read of the path and is logged as one.
  const decision = await decidePath(deps, caller, await storedFacts(deps, instance.id));
  if (!decision || decision.sight === 'pseudonym') return { ...publicView(instance), variables: {}, businessKey: null };
  return revealInstance(deps, caller, decision, publicView(instance), 'process instance as started');
}

async function storedFacts(deps: UseCaseDeps, id: string) {
  const record = await deps.store.getInstance(id);
  if (!record) throw new AppError('not_found', 'process instance not found');
  return record;
}

/** One instance as the caller may see it, with the names of the people on it; not_found when they may not. */
export async function getInstance(deps: UseCaseDeps, caller: Caller, id: string): Promise<PathWithPeople> {
  const instance = await deps.engine.getInstance(id);
  const decision = await requirePath(deps, caller, instance);
  const shown = await revealInstance(deps, caller, decision, publicView(instance), 'process instance with variables');
  return withPeople(deps, shown);
}

/** The Y100 consent of the path (given, declined or none), for those who may see the path. */
export async function instanceConsent(deps: UseCaseDeps, caller: Caller, id: string): Promise<ConsentStatus> {
  const instance = await storedFacts(deps, id);
  const decision = await requirePath(deps, caller, instance, ['path']);
  const { status, parties, recordedAt } = await consentOf(deps.store, instance);
  // Whether and with whom the client agreed to share is itself client data.
  await logRead(deps, caller, decision, { clientRef: instance.clientRef, instanceId: instance.id }, 'consent status');
  return { status, parties, recordedAt };
}

/** Instances the caller may see, newest first, variables filtered. */
export async function listInstances(
  deps: UseCaseDeps,
  caller: Caller,
  query: { processKey?: string; state?: InstanceState; limit?: number; cursor?: string },
): Promise<Page<PublicInstance>> {
  const size = pageSize(query.limit);
  const offset = readOffsetCursor(query.cursor);
  const all = await deps.engine.listInstances({ processKey: query.processKey, state: query.state, limit: LIST_SCAN });
  const visible: PublicInstance[] = [];
  const tasksOf = await participation(deps, caller);
  let seen = 0;
  for (const instance of all) {
    const decision = await decidePathWith(caller, instance, () => tasksOf(instance.id));
    if (!decision) continue;
    if (seen++ < offset) continue;
    if (visible.length === size) return { items: visible, nextCursor: offsetCursor(offset + size) };
    visible.push(await revealInstance(deps, caller, decision, publicView(instance), 'process instance in a list', 'list'));
  }
  return { items: visible, nextCursor: null };
}

/**
 * Delivers a message to a path the caller takes part in (a claim, a completion, the start, the
 * responsibility: holding the role of an open task is not enough); not_found when nothing waits
 * for it. Messages the use cases send themselves (an IPS place coming free) are refused.
 */
export async function deliverMessage(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  input: { name: string; variables?: Record<string, unknown> },
): Promise<PublicInstance> {
  const instance = await deps.engine.getInstance(id);
  const decision = await requirePath(deps, caller, instance);
  if (decision.sight !== 'path') throw new AppError('forbidden', 'only those taking part in the path may send it messages');
  refuseEngineOwned(input.variables, '/variables');
  refuseEngineMessage(input.name, '/name');
  checkFreeVariables(input.variables, '/variables');
  const after = await deps.engine.deliverMessage(id, input.name, input.variables ?? {}, [
    note(caller, decision, 'message', `message ${input.name}`),
  ]);
  return revealInstance(deps, caller, decision, publicView(after), 'process instance after a message');
}

/** Cancels a path (the reason, if given, goes to its history); allowed to those taking part in it and to process owners. */
export async function cancelInstance(deps: UseCaseDeps, caller: Caller, id: string, reason?: string): Promise<PublicInstance> {
  const instance = await deps.engine.getInstance(id);
  const decision = await requirePath(deps, caller, instance);
  if (decision.sight !== 'path' && !caller.roles.includes('process-owner')) throw new AppError('forbidden', 'you may not cancel this path');
  const after = await deps.engine.cancelInstance(id, caller.id, [note(caller, decision, 'cancel', 'process instance cancelled')], reason);
  // Once cancelled the caller's part has ended (unless responsible): they get the pseudonym view back.
  const now = await decidePath(deps, caller, after);
  return now && now.sight !== 'pseudonym'
    ? revealInstance(deps, caller, now, publicView(after), 'process instance after cancel')
    : { ...publicView(after), variables: {}, businessKey: null };
}
