/**
 * The consent gate (Kela Y100): TTS, background and health data leave the organisation that
 * collected them only for the parties the client has consented to. A later consent record
 * replaces an earlier one, so a declined or withdrawn consent stops the sharing.
 */
import type { Store, TaskRecord } from '../store/Store.js';
import type { Caller, FormCatalog } from '../usecases/context.js';
import { withClientActs } from './clientAccess.js';
import type { ConsentStatus, FamilyMember } from './facts.js';
import { PARTY_OF_ROLE } from './parties.js';

export const CONSENT_FORM = 'consent-y100';

/** Forms whose data is shared only under consent. */
export const GATED_FORMS = ['tts-referrer', 'tts-team', 'background', 'health-check-feedback', 'doctor-assessment'] as const;

export { PARTY_OF_ROLE };
export type { ConsentStatus, FamilyMember };

/** The paths that share one client's consent: the root of the call chain and everything it called. */
export async function pathFamily(store: Store, instance: FamilyMember): Promise<FamilyMember[]> {
  let root: FamilyMember = instance;
  for (let depth = 0; root.parentInstanceId && depth < 5; depth++) {
    const parent = await store.getInstance(root.parentInstanceId);
    if (!parent) break;
    root = parent;
  }
  const family: FamilyMember[] = [root];
  for (let i = 0; i < family.length && family.length < 50; i++) family.push(...(await store.findChildren(family[i]!.id)));
  return family;
}

/** Completed tasks of the family with a consent form, newest last. */
async function consentTasks(store: Store, family: FamilyMember[]): Promise<TaskRecord[]> {
  const tasks = (await Promise.all(family.map((p) => store.listTasks({ instanceId: p.id, state: 'completed', limit: 1_000 })))).flat();
  return tasks.filter((t) => t.formKey === CONSENT_FORM && t.data).sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? ''));
}

/** The latest consent record of the path's family. */
export async function consentOf(
  store: Store,
  instance: FamilyMember,
): Promise<ConsentStatus & { recorders: string[]; origin: string | null }> {
  const family = await pathFamily(store, instance);
  const records = await consentTasks(store, family);
  const latest = records.at(-1);
  const origin = typeof family[0]!.variables.startedBy === 'string' ? (family[0]!.variables.startedBy as string) : null;
  // The people who recorded a consent with the client, not everyone holding the recording role.
  const recorders = records.flatMap((t) => (t.completedBy ? [t.completedBy] : []));
  // The client's own later acts (engine/policy/clientAccess.ts) go on top of what the workers recorded.
  if (!latest?.data) return withClientActs(store, family[0]!, { status: 'none', parties: [], recordedAt: null, recorders, origin });
  const given = latest.data.consentGiven === true;
  const parties = Array.isArray(latest.data.parties) ? latest.data.parties.filter((p): p is string => typeof p === 'string') : [];
  return withClientActs(store, family[0]!, {
    status: given ? 'given' : 'declined',
    parties: given ? parties : [],
    recordedAt: latest.completedAt,
    recorders,
    origin,
  });
}

/**
 * True when gated data may be shown to the caller: they belong to the collecting side (started the
 * root path, or recorded a consent with the client themselves), or the consent is given and names
 * their party. Holding the role that records consents is not enough.
 */
export function consentCovers(caller: Caller, consent: Awaited<ReturnType<typeof consentOf>>): boolean {
  if (consent.origin === caller.id) return true;
  if (consent.recorders.includes(caller.id)) return true;
  if (consent.status !== 'given') return false;
  if (caller.roles.includes('team')) return true;
  return caller.roles.some((r) => PARTY_OF_ROLE[r] !== undefined && consent.parties.includes(PARTY_OF_ROLE[r]!));
}

const gatedCache = new WeakMap<FormCatalog, Set<string>>();

/** The top-level field names of the gated forms (computed once per catalogue). */
export function gatedFields(forms: FormCatalog): Set<string> {
  const cached = gatedCache.get(forms);
  if (cached) return cached;
  const fields = new Set<string>();
  for (const key of GATED_FORMS) {
    const props = (forms.getForm(key)?.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
    for (const name of Object.keys(props ?? {})) fields.add(name);
  }
  gatedCache.set(forms, fields);
  return fields;
}

/** The data without the gated fields. */
export function withoutGated(data: Record<string, unknown>, gated: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !gated.has(k)));
}
