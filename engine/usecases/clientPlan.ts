/**
 * The client's own plan and consent: the TTS in their words and its PDF, their signature of the
 * exact version shown (a changed plan needs a new one), and their consent per party, given or
 * withdrawn by themselves and effective at the next read. Only their own paths.
 */
import { createHash } from 'node:crypto';
import { subjectKeyOfUsername } from '../clientPart/identity.js';
import { AppError, notFound } from '../errors.js';
import { clientPartOf, requireOwnPath } from '../policy/clientAccess.js';
import { consentOf } from '../policy/consent.js';
import { note, logRead } from '../policy/index.js';
import { now, type Caller, type UseCaseDeps } from './context.js';
import { latestData, relatedPaths, renderPathTts } from './documents.js';

const SELF = { role: 'client', why: 'own data' };

/** The Y100 parties a client can give consent to (the consent form's list). */
export const CONSENT_PARTIES = [
  'social-services',
  'health-doctor',
  'kela',
  'employment-services',
  'work-ability-coordinator',
  'mental-health-services',
  'job-coach',
] as const;

/** The plan as the client reads and signs it. */
export interface ClientPlan {
  instanceId: string;
  referrer: Record<string, unknown> | null;
  team: Record<string, unknown> | null;
  /** sha256 of the plan's content as shown: what a signature binds to. */
  documentHash: string;
  pdfAvailable: boolean;
  /** The client's signature of this exact version, if any. */
  signedAt: string | null;
  /** True when the client signed an earlier version (the plan changed since). */
  signedEarlierVersion: boolean;
}

/** JSON with sorted keys, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

async function planParts(deps: UseCaseDeps, caller: Caller, instanceId: string) {
  const instance = await requireOwnPath(deps, caller, instanceId);
  const paths = await relatedPaths(deps, instance);
  const tasks = (await Promise.all(paths.map((p) => deps.store.listTasks({ instanceId: p.id, state: 'completed', limit: 10_000 })))).flat();
  const referrer = latestData(tasks, 'tts-referrer');
  const team = latestData(tasks, 'tts-team');
  if (!referrer && !team) throw notFound('a plan');
  const documentHash = createHash('sha256').update(canonical({ referrer, team }), 'utf8').digest('hex');
  return { instance, referrer, team, documentHash };
}

/** The client's plan of one of their paths; 404 for another's path or before any part of the plan exists. */
export async function myPlan(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<ClientPlan> {
  const { instance, referrer, team, documentHash } = await planParts(deps, caller, instanceId);
  const signatures = await clientPartOf(deps).listSignatures(instance.id);
  const current = signatures.filter((s) => s.documentHash === documentHash).at(-1);
  await logRead(deps, caller, SELF, { clientRef: instance.clientRef, instanceId }, 'own plan', 'client-read');
  return {
    instanceId,
    referrer,
    team,
    documentHash,
    pdfAvailable: referrer !== null && team !== null,
    signedAt: current?.signedAt ?? null,
    signedEarlierVersion: !current && signatures.length > 0,
  };
}

/** The plan's PDF for its client; 404 until both parts are filled. */
export async function myPlanPdf(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<Buffer> {
  const instance = await requireOwnPath(deps, caller, instanceId);
  const pdf = await renderPathTts(deps, instance);
  if (!pdf) throw notFound('a filled TTS');
  await logRead(deps, caller, SELF, { clientRef: instance.clientRef, instanceId }, 'own plan PDF', 'client-read');
  return pdf;
}

/** Signs the exact version the client saw (its hash); conflict when the plan changed since it was shown. */
export async function signMyPlan(
  deps: UseCaseDeps,
  caller: Caller,
  instanceId: string,
  documentHash: string,
): Promise<{ signedAt: string }> {
  const { instance, documentHash: current } = await planParts(deps, caller, instanceId);
  if (documentHash !== current)
    throw new AppError('conflict', 'the plan changed after it was shown; read it again before signing', [
      { path: '/documentHash', message: 'not the current version' },
    ]);
  const signedAt = now(deps).toISOString();
  const subjectKey = subjectKeyOfUsername(caller.username)!;
  await clientPartOf(deps).appendSignature({ clientRef: instance.clientRef!, instanceId, documentHash, subjectKey, signedAt });
  const n = note(caller, null, 'client-sign', `client signed the TTS version ${documentHash.slice(0, 12)}`);
  await deps.store.appendAudit([{ ...n, at: signedAt, clientRef: instance.clientRef, instanceId, role: 'client', why: 'own act' }]);
  return { signedAt };
}

/** One party's consent as the client sees it. */
export interface ClientConsentParty {
  party: string;
  status: 'given' | 'withdrawn' | 'none';
  /** When the status was recorded (by a worker's consent form or the client's own act). */
  since: string | null;
  /** True when the client's own act set the status. */
  byClient: boolean;
}

/** The client's consent per party on one of their paths: the worker-recorded consent, then their own acts on top. */
export async function myConsent(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<ClientConsentParty[]> {
  const instance = await requireOwnPath(deps, caller, instanceId);
  // consentOf has the client's own later acts on top already (engine/policy/clientAccess.ts).
  const consent = await consentOf(deps.store, instance);
  const acts = await clientPartOf(deps).listConsentActs(instance.clientRef!);
  await logRead(deps, caller, SELF, { clientRef: instance.clientRef, instanceId }, 'own consent', 'client-read');
  return CONSENT_PARTIES.map((party) => {
    const given = consent.status === 'given' && consent.parties.includes(party);
    const act = acts.filter((a) => a.party === party).at(-1);
    if (act && (act.act === 'give') === given) return { party, status: given ? 'given' : 'withdrawn', since: act.at, byClient: true };
    return { party, status: given ? 'given' : 'none', since: given ? consent.recordedAt : null, byClient: false };
  });
}

/** Records the client's own act: consent given to or withdrawn from a party; effective at the next read. */
export async function setMyConsent(
  deps: UseCaseDeps,
  caller: Caller,
  instanceId: string,
  input: { party: string; act: 'give' | 'withdraw' },
): Promise<ClientConsentParty[]> {
  if (!(CONSENT_PARTIES as readonly string[]).includes(input.party))
    throw new AppError('invalid_input', 'unknown party', [{ path: '/party', message: `one of ${CONSENT_PARTIES.join(', ')}` }]);
  if (input.act !== 'give' && input.act !== 'withdraw')
    throw new AppError('invalid_input', 'act must be give or withdraw', [{ path: '/act', message: 'give or withdraw' }]);
  const instance = await requireOwnPath(deps, caller, instanceId);
  const at = now(deps).toISOString();
  await clientPartOf(deps).appendConsentAct({ clientRef: instance.clientRef!, party: input.party, act: input.act, at });
  await deps.store.appendAudit([
    {
      at,
      actor: caller.id,
      action: `client-consent-${input.act}`,
      clientRef: instance.clientRef,
      instanceId,
      detail: `client ${input.act === 'give' ? 'gave' : 'withdrew'} consent for ${input.party}`,
      role: 'client',
      why: 'own act',
    },
  ]);
  return myConsent(deps, caller, instanceId);
}
