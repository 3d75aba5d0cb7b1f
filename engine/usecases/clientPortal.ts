/**
 * What the signed-in client reads about their own paths: where they are and what happens next,
 * who their responsible person is, their next meeting, and who read their data. Only their own
 * paths (engine/policy/clientAccess.ts); each read is written to the access log as their own.
 */
import type { InstanceRecord, TaskRecord } from '../store/Store.js';
import { logRead } from '../policy/index.js';
import { ownClientRefs, requireOwnPath } from '../policy/clientAccess.js';
import { PARTY_OF_ROLE, pathFamily } from '../policy/consent.js';
import { now, type Caller, type UseCaseDeps } from './context.js';

/** A step of the client's path in their words: its name and when it is expected or was done. */
export interface ClientStep {
  name: string;
  at: string | null;
}

/** One of the client's paths as they see it. */
export interface ClientPathView {
  id: string;
  processKey: string;
  startedAt: string;
  state: string;
  /** Steps done, newest first (five at most). */
  done: ClientStep[];
  /** What happens next: the open steps, the soonest first. */
  next: ClientStep[];
  responsible: { name: string; title: string | null; phone: string | null; email: string | null } | null;
  /** The next team meeting, when one is booked and still ahead. */
  meeting: { at: string; place: string | null; parties: string[] } | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The root paths of the client's own pseudonyms. */
async function ownRoots(deps: UseCaseDeps, caller: Caller): Promise<InstanceRecord[]> {
  const refs = await ownClientRefs(deps, caller);
  const all = (await Promise.all(refs.map((clientRef) => deps.store.listInstances({ clientRef, limit: 1_000 })))).flat();
  return all.filter((i) => !i.parentInstanceId);
}

/** The variables of a path's family merged (the called paths' later values win) and its tasks. */
async function familyFacts(deps: UseCaseDeps, root: InstanceRecord): Promise<{ variables: Record<string, unknown>; tasks: TaskRecord[] }> {
  const family = await pathFamily(deps.store, root);
  const variables = Object.assign({}, ...family.map((f) => f.variables)) as Record<string, unknown>;
  const tasks = (await Promise.all(family.map((f) => deps.store.listTasks({ instanceId: f.id, limit: 10_000 })))).flat();
  return { variables, tasks };
}

/** The view of one root path. */
async function viewOf(deps: UseCaseDeps, root: InstanceRecord): Promise<ClientPathView> {
  const { variables, tasks } = await familyFacts(deps, root);
  const done = tasks
    .filter((t) => t.state === 'completed')
    .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''))
    .slice(0, 5)
    .map((t) => ({ name: t.name ?? t.activityId, at: t.completedAt }));
  const next = tasks
    .filter((t) => t.state === 'open')
    .sort((a, b) => (a.expectedBy ?? '9').localeCompare(b.expectedBy ?? '9'))
    .map((t) => ({ name: t.name ?? t.activityId, at: t.expectedBy }));
  const r = variables.responsiblePerson as Record<string, unknown> | undefined;
  const responsible =
    r && typeof r === 'object' && str(r.name)
      ? { name: str(r.name)!, title: str(r.title), phone: str(r.phone), email: str(r.email) }
      : null;
  const at = str(variables.meetingDate);
  const invited = Array.isArray(variables.invitedParties) ? (variables.invitedParties as { party?: unknown }[]) : [];
  const meeting =
    at && Date.parse(at) > now(deps).getTime()
      ? { at, place: str(variables.meetingPlace), parties: invited.map((p) => str(p.party)).filter((p): p is string => p !== null) }
      : null;
  return { id: root.id, processKey: root.processKey, startedAt: root.startedAt, state: root.state, done, next, responsible, meeting };
}

const SELF = { role: 'client', why: 'own data' };

/** The client's own paths, newest first; each shown path's read is logged as the client's own. */
export async function myPaths(deps: UseCaseDeps, caller: Caller): Promise<ClientPathView[]> {
  const roots = await ownRoots(deps, caller);
  const views = await Promise.all(roots.map((r) => viewOf(deps, r)));
  for (const r of roots) await logRead(deps, caller, SELF, { clientRef: r.clientRef, instanceId: r.id }, 'own path', 'client-read');
  return views.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** One of the client's own paths (404 for any other id). */
export async function myPath(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<ClientPathView> {
  const instance = await requireOwnPath(deps, caller, instanceId);
  const root = instance.parentInstanceId ? ((await deps.store.getInstance(instance.parentInstanceId)) ?? instance) : instance;
  await logRead(deps, caller, SELF, { clientRef: instance.clientRef, instanceId }, 'own path', 'client-read');
  return viewOf(deps, root);
}

/** What was read, in the client's words (the UI has a sentence for each). */
export type ReadWhat = 'plan' | 'consent' | 'form' | 'path' | 'log' | 'export';

/** One read or change of the client's data by someone else: which party and role, what, when and why; no person. */
export interface ClientAccessEntry {
  at: string;
  party: string | null;
  role: string | null;
  action: 'read' | 'change';
  what: ReadWhat;
  why: string | null;
}

function whatOf(detail: string): ReadWhat {
  if (/TTS/i.test(detail)) return 'plan';
  if (/consent/i.test(detail)) return 'consent';
  if (/access log/i.test(detail)) return 'log';
  if (/export/i.test(detail)) return 'export';
  if (/task|form/i.test(detail)) return 'form';
  return 'path';
}

/** Who read or changed the client's data, newest first; the client's own reads are left out. */
export async function myAccessLog(deps: UseCaseDeps, caller: Caller): Promise<ClientAccessEntry[]> {
  const refs = await ownClientRefs(deps, caller);
  const rows = (await Promise.all(refs.map((ref) => deps.store.listAudit(ref)))).flat().filter((a) => a.actor !== caller.id);
  for (const ref of refs) await logRead(deps, caller, SELF, { clientRef: ref, instanceId: null }, 'own access log', 'client-read');
  return rows
    .map((a) => ({
      at: a.at,
      party: a.role ? (PARTY_OF_ROLE[a.role] ?? null) : null,
      role: a.role ?? null,
      action: a.action === 'read' || a.action === 'list' || a.action === 'export' ? ('read' as const) : ('change' as const),
      what: whatOf(a.detail),
      why: a.why ?? null,
    }))
    .sort((a, b) => b.at.localeCompare(a.at));
}
