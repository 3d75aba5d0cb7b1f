/** Client paths (process instances): start, read, list, message, cancel; every read is logged. */
import type { InstanceState, InstanceView } from '../api.js';
import { AppError } from '../errors.js';
import { accessTo, filterInstance, recordAccess, requireAccess } from './access.js';
import { hasAnyRole, now, type Caller, type UseCaseDeps } from './context.js';
import { offsetCursor, pageSize, readOffsetCursor, type Page } from './pagination.js';
import { withPeople, type PathWithPeople } from './pathPeople.js';
import { checkStart } from './starters.js';

/** The instance as the API shows it: no internal revision. */
export type PublicInstance = Omit<InstanceView, 'revision'>;

function publicView(i: InstanceView): PublicInstance {
  const { revision: _revision, ...rest } = i;
  return rest;
}

/** How many instances a list looks through at most (newest first) before filtering by access. */
const LIST_SCAN = 5_000;

/** Starts a client path for one of its starter roles, with variables that pass its start form (starters.ts). */
export async function startInstance(
  deps: UseCaseDeps,
  caller: Caller,
  input: { processKey: string; version?: number; businessKey?: string; variables?: Record<string, unknown> },
): Promise<PublicInstance> {
  // The version checked is the version started, even if a newer one is deployed meanwhile.
  const { version } = await checkStart(deps, caller, input);
  const instance = await deps.engine.startInstance({ ...input, version, by: caller.id });
  await recordAccess(deps, caller, {
    action: 'start',
    clientRef: instance.clientRef,
    instanceId: instance.id,
    detail: `started ${instance.processKey} v${instance.version}`,
  });
  return publicView(instance);
}

/** One instance as the caller may see it, with the names of the people on it; not_found when they may not. */
export async function getInstance(deps: UseCaseDeps, caller: Caller, id: string): Promise<PathWithPeople> {
  const instance = await deps.engine.getInstance(id);
  const access = await requireAccess(deps, caller, instance);
  await recordAccess(deps, caller, {
    action: 'read',
    clientRef: instance.clientRef,
    instanceId: id,
    detail: access === 'worker' ? 'process instance with variables' : 'process instance without variables',
  });
  return withPeople(deps, publicView(filterInstance(instance, access)));
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
  let seen = 0;
  for (const instance of all) {
    const access = await accessTo(deps, caller, instance);
    if (!access) continue;
    if (seen++ < offset) continue;
    if (visible.length === size) return logged(deps, caller, { items: visible, nextCursor: offsetCursor(offset + size) });
    visible.push(publicView(filterInstance(instance, access)));
  }
  return logged(deps, caller, { items: visible, nextCursor: null });
}

/** Logs one read per listed path whose variables the caller saw. */
async function logged(deps: UseCaseDeps, caller: Caller, page: Page<PublicInstance>): Promise<Page<PublicInstance>> {
  const at = now(deps).toISOString();
  const entries = page.items
    .filter((i) => Object.keys(i.variables).length > 0)
    .map((i) => ({ at, actor: caller.id, action: 'list', clientRef: i.clientRef, instanceId: i.id, detail: 'process instance in a list' }));
  if (entries.length) await deps.store.appendAudit(entries);
  return page;
}

/** Delivers a message to a path the caller works on; not_found when nothing waits for it. */
export async function deliverMessage(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  input: { name: string; variables?: Record<string, unknown> },
): Promise<PublicInstance> {
  const instance = await deps.engine.getInstance(id);
  if ((await requireAccess(deps, caller, instance)) !== 'worker') throw new AppError('forbidden', 'only those working on the path may send it messages');
  const after = await deps.engine.deliverMessage(id, input.name, input.variables ?? {});
  await recordAccess(deps, caller, { action: 'message', clientRef: instance.clientRef, instanceId: id, detail: `message ${input.name}` });
  return publicView(after);
}

/** Cancels a path; allowed to those who work on it and to process owners. */
export async function cancelInstance(deps: UseCaseDeps, caller: Caller, id: string): Promise<PublicInstance> {
  const instance = await deps.engine.getInstance(id);
  const access = await requireAccess(deps, caller, instance);
  if (access !== 'worker' && !hasAnyRole(caller, ['process-owner'])) throw new AppError('forbidden', 'you may not cancel this path');
  const after = await deps.engine.cancelInstance(id, caller.id);
  return publicView(filterInstance(after, access));
}
