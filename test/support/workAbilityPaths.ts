/**
 * Regional paths walked through the real engine to the self-rated work-ability measures: consent,
 * Kainuu's KainOTE entry, the start measure, the team's plan and, when asked, the follow-up measure
 * after the follow-up period. For the work-ability report's tests.
 */
import type { PolkuEngineApi } from '../../engine/api.js';
import { validFormData } from '../processes/support/steps.js';
import { completeOpen } from './engine.js';

const DAY = 864e5;

/** Completes the open task with valid data for its form and the overrides. */
async function complete(engine: PolkuEngineApi, id: string, activityId: string, role: string, overrides: Record<string, unknown> = {}) {
  const task = (await engine.listTasks({ processInstanceId: id, state: 'open' })).find((t) => t.activityId === activityId);
  if (!task) throw new Error(`no open ${activityId}`);
  await completeOpen(engine, id, activityId, role, validFormData(task.formKey as string, overrides));
}

/** Starts a Kainuu path in the municipality and walks it to the open start measure; returns the path id. */
export async function pathAtStartMeasure(engine: PolkuEngineApi, municipality: string): Promise<string> {
  const id = (await engine.startInstance({ processKey: 'work-ability-backbone', variables: { region: 'kainuu', municipality } })).id;
  await complete(engine, id, 'consent', 'case-manager', { consentGiven: true });
  const entry = (await engine.listInstances({ processKey: 'entry-kainuu' })).find((i) => i.parentInstanceId === id)!.id;
  await complete(engine, entry, 'identify', 'case-manager');
  await complete(engine, entry, 'multiActorMeeting', 'team', { needConfirmed: true });
  return id;
}

/** The team makes the plan and the 90-day follow-up period passes: the follow-up measure is open. */
export async function planAndWaitForFollowUp(engine: PolkuEngineApi, id: string): Promise<void> {
  await complete(engine, id, 'jointPlan', 'team');
  await engine.fireDueTimers(new Date(Date.now() + 91 * DAY));
}

/** A whole path to its follow-up measure with the scores given (no follow-up when `now` is null). */
export async function pathWithScores(engine: PolkuEngineApi, municipality: string, start: number, now: number | null): Promise<string> {
  const id = await pathAtStartMeasure(engine, municipality);
  await complete(engine, id, 'measureStart', 'work-ability-coordinator', { workAbilityStart: start });
  await planAndWaitForFollowUp(engine, id);
  if (now !== null) await complete(engine, id, 'measureFollowUp', 'work-ability-coordinator', { workAbilityNow: now });
  return id;
}
