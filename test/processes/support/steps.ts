/** Prose steps for the process scenarios: deploy Polku's processes, complete tasks as a role with valid form data. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'chai';
import type { InstanceView, PolkuEngineApi } from '../../../engine/api.js';
import { checkFormData } from '../../../forms/index.js';
import { listProcessFiles } from '../../../processes/index.js';
import { actor } from '../../support/engine.js';
import { validExamples } from '../../forms/fixtures/examples.js';

/** Deploys every processes/*.bpmn, called processes first, with the project's lint rules on. */
export async function deployPolkuProcesses(engine: PolkuEngineApi): Promise<void> {
  for (const file of listProcessFiles()) await engine.deploy(basename(file), readFileSync(file, 'utf8'));
}

/** A valid data object for the form, with the decision fields overridden; fails the test if the schema refuses it. */
export function validFormData(formKey: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = validExamples()[formKey];
  if (!base) throw new Error(`no example data for form ${formKey}`);
  const data = { ...base, ...overrides };
  expect(checkFormData(formKey, data), `form data for ${formKey}`).to.deep.equal([]);
  return data;
}

/** Completes the open task at the activity as a user holding only `role`, with valid data for the task's form. */
export async function completeAs(
  engine: PolkuEngineApi,
  instanceId: string,
  activityId: string,
  role: string,
  overrides: Record<string, unknown> = {},
): Promise<InstanceView> {
  const open = await engine.listTasks({ processInstanceId: instanceId, state: 'open' });
  const task = open.find((t) => t.activityId === activityId);
  if (!task) throw new Error(`no open task ${activityId}; open: ${open.map((t) => t.activityId).join(', ') || 'none'}`);
  expect(task.role, `roles of ${activityId}`).to.include(role);
  expect(task.formKey, `form of ${activityId}`).to.be.a('string');
  const data = validFormData(task.formKey as string, overrides);
  const { processInstance } = await engine.completeTask(task.id, { data, actor: actor(role) });
  return processInstance;
}

/** The running (or finished) child instance of a parent for the called process key. */
export async function childOf(engine: PolkuEngineApi, parentId: string, processKey: string): Promise<InstanceView> {
  const all = await engine.listInstances({ processKey });
  const child = all.find((i) => i.parentInstanceId === parentId);
  if (!child) throw new Error(`no ${processKey} child of ${parentId}`);
  return engine.getInstance(child.id);
}

/** The activity ids an instance has passed through, in history order. */
export async function pathOf(engine: PolkuEngineApi, instanceId: string): Promise<string[]> {
  return (await engine.getInstance(instanceId)).history.map((h) => h.activityId);
}

/** Open task activity ids of an instance, sorted. */
export async function openTasks(engine: PolkuEngineApi, instanceId: string): Promise<string[]> {
  return (await engine.listTasks({ processInstanceId: instanceId, state: 'open' })).map((t) => t.activityId).sort();
}

/** Asserts that the steps occur in the path in this order (other steps may lie between). */
export function expectInOrder(path: string[], steps: string[]): void {
  let at = 0;
  for (const id of path) if (id === steps[at]) at++;
  expect(at, `path ${path.join(' → ')} should pass ${steps.join(' → ')}`).to.equal(steps.length);
}
