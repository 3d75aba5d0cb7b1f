/**
 * A worker's caseload (DOMAIN §7: at most 20 IPS clients per job coach), enforced by the engine, not
 * by a checkbox: a user task with a caseload rule names the worker in a form field. Completing it
 * takes a place in that worker's caseload before the step commits, and the store decides a race,
 * so the limit holds whoever completes at the same time. The named user must be an enabled user of
 * the rule's role. Putting the client on the waiting list instead is allowed only when every worker
 * of the role is full. A refusal names the field (400 or 409) and the task stays open; a retried
 * step keeps the place it already took.
 */
import { AppError, invalidInput } from '../errors.js';
import { isActiveWith } from '../roles.js';
import type { CaseloadRule } from '../runtime/bpmnModel.js';
import type { StepContext } from '../runtime/StepContext.js';
import type { Store } from '../store/Store.js';

export type CaseloadStore = Pick<Store, 'findUserByUsername' | 'listUsers' | 'takeCaseloadPlace' | 'countCaseloads'>;

/** The enabled users of the role with their running paths, fewest first, then by username. */
export async function caseloadsOf(
  store: Pick<Store, 'listUsers' | 'countCaseloads'>,
  processKey: string,
  role: string,
): Promise<{ username: string; displayName: string; clients: number }[]> {
  const workers = (await store.listUsers()).filter((u) => isActiveWith(u, [role]));
  const counts = await store.countCaseloads(
    processKey,
    workers.map((u) => u.username),
  );
  return workers
    .map((u) => ({ username: u.username, displayName: u.displayName, clients: counts.get(u.username) ?? 0 }))
    .sort((a, b) => a.clients - b.clients || a.username.localeCompare(b.username));
}

const refusal = (rule: CaseloadRule, code: 'invalid_input' | 'conflict', why: string, message: string) =>
  code === 'invalid_input'
    ? invalidInput(why, [{ path: `/${rule.field}`, message }])
    : new AppError('conflict', why, [{ path: `/${rule.field}`, message }]);

/** Takes the caseload places named by the tasks completed in this step; throws when one is refused. */
export async function takeCaseloadPlaces(ctx: StepContext, store: CaseloadStore): Promise<void> {
  for (const task of ctx.tasks.values()) {
    if (task.state !== 'completed' || task.instanceId !== ctx.instanceId) continue;
    const rule = ctx.model.caseloads.get(task.activityId);
    if (!rule) continue;
    const data = task.data ?? {};
    const value = data[rule.field];
    const named = typeof value === 'string' ? value.trim() : '';
    if (rule.waitingField && data[rule.waitingField] === true) {
      if (named)
        throw refusal(
          rule,
          'invalid_input',
          'a client on the waiting list has no worker yet',
          'Jonoon laitetulle asiakkaalle ei vielä nimetä valmentajaa.',
        );
      const free = (await caseloadsOf(store, ctx.processKey, rule.role)).find((w) => w.clients < rule.limit);
      if (free)
        throw refusal(
          rule,
          'conflict',
          'a worker of the role has a free place',
          `Valmentajalla ${free.username} on vapaa paikka: nimeä valmentaja.`,
        );
      continue;
    }
    if (!named)
      throw refusal(
        rule,
        'invalid_input',
        'no worker named',
        'Nimeä valmentaja tai laita asiakas jonoon, jos kaikilla on täysi asiakasmäärä.',
      );
    const user = await store.findUserByUsername(named);
    if (!user || !isActiveWith(user, [rule.role])) {
      throw refusal(
        rule,
        'invalid_input',
        'the named user is not an active worker of the role',
        'Käyttäjä ei ole aktiivinen työhönvalmentaja.',
      );
    }
    const place = { instanceId: ctx.instanceId, processKey: ctx.processKey, holder: user.username, takenAt: ctx.now().toISOString() };
    if (!(await store.takeCaseloadPlace(place, rule.limit))) {
      throw refusal(
        rule,
        'conflict',
        "the worker's caseload is full",
        `Valmentajalla on jo ${rule.limit} asiakasta: valitse toinen valmentaja tai laita asiakas jonoon.`,
      );
    }
  }
}
