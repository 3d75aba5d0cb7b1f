/**
 * The client's own access: a signed-in client sees only the paths linked to their identity, and
 * their own consent acts bind the workers (a party the client withdrew gets 404 on the path from
 * the next read on). The same policy module as the workers' decisions.
 */
import type { ClientConsentAct, ClientPartStore } from '../clientPart/ClientPartStore.js';
import type { ConsentStatus, FamilyMember, PathFacts } from './facts.js';
import { CLIENT_ROLE, subjectKeyOfUsername } from '../clientPart/identity.js';
import { notFound } from '../errors.js';
import type { InstanceRecord, Store } from '../store/Store.js';
import type { Caller, UseCaseDeps } from '../usecases/context.js';
import { PARTY_OF_ROLE } from './parties.js';

const clientParts = new WeakMap<Store, ClientPartStore>();

/** Puts the client's part of the store beside the main store (at start, once). */
export function useClientPartStore(store: Store, part: ClientPartStore): void {
  clientParts.set(store, part);
}

/** The client's part of the deps' store; throws when none was set up. */
export function clientPartOf(deps: Pick<UseCaseDeps, 'store'>): ClientPartStore {
  const part = clientParts.get(deps.store);
  if (!part) throw new Error("the client's part of the store is not set up (useClientPartStore)");
  return part;
}

/** True when the caller is a signed-in client (not a worker). */
export function isClientCaller(caller: Caller): boolean {
  return caller.roles.includes(CLIENT_ROLE) && subjectKeyOfUsername(caller.username) !== null;
}

/** The client pseudonyms of the signed-in client: from their identity's links, never from the request. */
export async function ownClientRefs(deps: Pick<UseCaseDeps, 'store'>, caller: Caller): Promise<string[]> {
  const key = isClientCaller(caller) ? subjectKeyOfUsername(caller.username) : null;
  return key ? clientPartOf(deps).clientRefsOf(key) : [];
}

/** The path when it is the signed-in client's own; not_found for any other (or unknown) id. */
export async function requireOwnPath(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<InstanceRecord> {
  const instance = await deps.store.getInstance(instanceId);
  if (!instance?.clientRef || !(await ownClientRefs(deps, caller)).includes(instance.clientRef)) throw notFound('process instance');
  return instance;
}

/** The parties whose latest act by the client is a withdrawal. */
export function withdrawnParties(acts: ClientConsentAct[]): Set<string> {
  const latest = new Map<string, ClientConsentAct['act']>();
  for (const a of acts) latest.set(a.party, a.act);
  return new Set([...latest].filter(([, act]) => act === 'withdraw').map(([party]) => party));
}

/**
 * True when the client withdrew consent from every party the worker acts for (then the path is
 * 404 for them). The one who started the path (the collecting side) keeps it.
 */
export async function clientWithdrewFrom(deps: Pick<UseCaseDeps, 'store'>, caller: Caller, instance: PathFacts): Promise<boolean> {
  const part = clientParts.get(deps.store);
  if (!part || !instance.clientRef || instance.variables.startedBy === caller.id) return false;
  const parties = caller.roles.map((r) => PARTY_OF_ROLE[r]).filter((p): p is string => p !== undefined);
  if (!parties.length) return false;
  const withdrawn = withdrawnParties(await part.listConsentActs(instance.clientRef));
  return parties.every((p) => withdrawn.has(p));
}

/** The client's own acts made after the worker-recorded consent (those before it were superseded by it). */
export async function clientActsSince(store: Store, clientRef: string, recordedAt: string | null): Promise<ClientConsentAct[]> {
  const part = clientParts.get(store);
  if (!part) return [];
  return (await part.listConsentActs(clientRef)).filter((a) => !recordedAt || a.at > recordedAt);
}

/**
 * The worker-recorded consent with the client's own later acts on top: a party given is added, a
 * party withdrawn removed, effective at the next read. Called from consentOf (engine/policy/consent.ts).
 */
export async function withClientActs<T extends ConsentStatus>(store: Store, root: FamilyMember, consent: T): Promise<T> {
  const clientRef = root.variables.clientRef;
  if (typeof clientRef !== 'string') return consent;
  const acts = await clientActsSince(store, clientRef, consent.recordedAt);
  if (!acts.length) return consent;
  const parties = new Set(consent.parties);
  for (const a of acts) {
    if (a.act === 'give') parties.add(a.party);
    else parties.delete(a.party);
  }
  const status = parties.size ? 'given' : consent.status === 'none' ? 'none' : 'declined';
  return { ...consent, status, parties: [...parties], recordedAt: acts.at(-1)!.at };
}
