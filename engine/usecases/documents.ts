/**
 * Documents of a client path: the TTS (työkyvyn tuen suunnitelma, work-ability support plan) as a
 * PDF, from the completed `tts-referrer` and `tts-team` forms of the path, its caller or its
 * called paths (the team part is filled in the called team process). Those who see the whole path, under consent.
 */
import { AppError, notFound } from '../errors.js';
import type { InstanceRecord, TaskRecord } from '../store/Store.js';
import { consentAllows, logRead, requirePath } from '../policy/index.js';
import { now, type Caller, type UseCaseDeps } from './context.js';

/** The instance, its parent and every instance called from either: where the TTS parts may live. */
export async function relatedPaths(deps: UseCaseDeps, instance: InstanceRecord): Promise<InstanceRecord[]> {
  const family = new Map<string, InstanceRecord>([[instance.id, instance]]);
  const parent = instance.parentInstanceId ? await deps.store.getInstance(instance.parentInstanceId) : null;
  if (parent) family.set(parent.id, parent);
  for (const root of [instance, parent]) {
    if (!root) continue;
    for (const child of await deps.store.findChildren(root.id)) family.set(child.id, child);
  }
  return [...family.values()];
}

/** The newest completed data of a form among the paths' tasks, or null. */
export function latestData(tasks: TaskRecord[], formKey: string): Record<string, unknown> | null {
  const done = tasks
    .filter((t) => t.formKey === formKey && t.state === 'completed' && t.data)
    .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  return done[0]?.data ?? null;
}

/** The TTS of a path as PDF bytes, or null until both parts are filled; no access check (callers decide). */
export async function renderPathTts(deps: UseCaseDeps, instance: InstanceRecord): Promise<Buffer | null> {
  const paths = await relatedPaths(deps, instance);
  const tasks = (await Promise.all(paths.map((p) => deps.store.listTasks({ instanceId: p.id, state: 'completed', limit: 10_000 })))).flat();
  const referrer = latestData(tasks, 'tts-referrer');
  const team = latestData(tasks, 'tts-team');
  if (!referrer || !team) return null;
  try {
    return await deps.forms.renderTtsPdf({
      referrer,
      team,
      processInstanceId: instance.id,
      clientRef: instance.clientRef ?? '',
      generatedAt: now(deps),
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'invalid_input') throw new AppError('conflict', 'the TTS is not complete', err.details);
    throw err;
  }
}

/** The TTS of a path as PDF bytes; not_found until both parts are filled, conflict when they fail their forms. */
export async function ttsPdf(deps: UseCaseDeps, caller: Caller, instanceId: string): Promise<Buffer> {
  const instance = await deps.store.getInstance(instanceId);
  if (!instance) throw notFound('process instance');
  const decision = await requirePath(deps, caller, instance, ['path']);
  // The TTS is shared data: without the client's consent for the caller's party it does not exist for them.
  if (!(await consentAllows(deps, caller, instance))) throw notFound('a TTS shared with you');
  const pdf = await renderPathTts(deps, instance);
  if (!pdf) throw notFound('a filled TTS');
  await logRead(deps, caller, decision, { clientRef: instance.clientRef, instanceId }, 'TTS PDF');
  return pdf;
}
