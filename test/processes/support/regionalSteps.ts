/** Steps the regional path scenarios share: named workers, the backbone started for a region, consent, plan and follow-up. */
import { expect } from 'chai';
import type { EngineFixture } from '../../support/engine.js';
import { childOf, completeAs, deployPolkuProcesses, openTasks, validFormData } from './steps.js';

export interface NamedUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

export const COORDINATOR: NamedUser = {
  id: 'user-coord-1',
  username: 'kaija.koordinaattori',
  displayName: 'Kaija Koordinaattori (fiktiivinen)',
  roles: ['work-ability-coordinator'],
};
export const OWN_WORKER: NamedUser = {
  id: 'user-own-1',
  username: 'olli.omatyontekija',
  displayName: 'Olli Omatyöntekijä (fiktiivinen)',
  roles: ['social-worker'],
};
export const DAY = 864e5;

/** The form data that names the user as the responsible person. */
export const named = (u: NamedUser) => ({ responsiblePerson: { title: 'Koordinaattori', name: u.displayName, username: u.username } });

/** Now plus whole days. */
export const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** Saves the named users and deploys every Polku process. */
export async function givenRegionalUsers(fx: EngineFixture): Promise<void> {
  for (const u of [COORDINATOR, OWN_WORKER]) await fx.store.saveUser({ ...u, passwordHash: 'x', createdAt: new Date().toISOString() });
  await deployPolkuProcesses(fx.engine);
}

/** Completes the open task at the activity as the named user (it must be assigned to them). */
export async function asNamed(
  fx: EngineFixture,
  instanceId: string,
  activityId: string,
  user: NamedUser,
  overrides: Record<string, unknown> = {},
) {
  const task = (await fx.engine.listTasks({ processInstanceId: instanceId, state: 'open' })).find((t) => t.activityId === activityId);
  if (!task) throw new Error(`no open ${activityId}`);
  expect(task.assignee, `${activityId} assigned to the named person`).to.equal(user.id);
  return fx.engine.completeTask(task.id, {
    data: validFormData(task.formKey as string, overrides),
    actor: { id: user.id, roles: user.roles },
  });
}

/** Starts the backbone for a region (with any other start variables), gives consent first (before any data moves), and returns the path and its entry sub-process. */
export async function givenRegionWithConsent(
  fx: EngineFixture,
  region: string,
  entryKey: string,
  variables: Record<string, unknown> = {},
): Promise<{ id: string; entry: string }> {
  const id = (await fx.engine.startInstance({ processKey: 'work-ability-backbone', variables: { region, ...variables } })).id;
  expect(await openTasks(fx.engine, id), 'consent before anything else').to.deep.equal(['consent']);
  await completeAs(fx.engine, id, 'consent', 'case-manager', { consentGiven: true });
  return { id, entry: (await childOf(fx.engine, id, entryKey)).id };
}

/** The start measure, the plan (the team's, naming `user`), and the follow-up with its measure due at 90 days, not a day before. */
export async function measureAndPlan(fx: EngineFixture, id: string, user: NamedUser): Promise<void> {
  await completeAs(fx.engine, id, 'measureStart', 'work-ability-coordinator', { workAbilityStart: 3 });
  await completeAs(fx.engine, id, 'jointPlan', 'team', named(user));
  await expectFollowUpAt(fx, id, inDays(90));
}

/** The follow-up timer is due at `due` (within a minute); firing a day early opens nothing, a day late opens the follow-up measure. */
export async function expectFollowUpAt(fx: EngineFixture, id: string, due: Date): Promise<void> {
  expect(Math.abs(Date.parse((await fx.store.nextTimerDue()) as string) - due.getTime()), 'follow-up due').to.be.below(60e3);
  await fx.engine.fireDueTimers(new Date(due.getTime() - DAY));
  expect(await openTasks(fx.engine, id)).to.deep.equal([]);
  await fx.engine.fireDueTimers(new Date(due.getTime() + DAY));
  expect(await openTasks(fx.engine, id)).to.deep.equal(['measureFollowUp']);
}
