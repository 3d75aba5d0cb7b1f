/** Fictional records for the store contract: a work-ability referral path with made-up people. */
import { expect } from 'chai';
import { AppError } from '../../../../engine/errors.js';
import type {
  DeploymentRecord,
  HistoryRecord,
  InstanceRecord,
  StepCommit,
  Store,
  TaskRecord,
  TimerRecord,
} from '../../../../engine/store/Store.js';

/** The store of the running test; set by the contract's `beforeEach`. */
export type StoreOf = () => Store;

/** A deployment of `processKey` at `version`. */
export function deployment(processKey: string, version: number, over: Partial<DeploymentRecord> = {}): DeploymentRecord {
  return {
    id: `dep-${processKey}-${version}`,
    processKey,
    version,
    name: `Referral path ${processKey} v${version}`,
    xmlHash: `hash-${processKey}-${version}`,
    xml: `<definitions id="${processKey}-${version}"/>`,
    deployedAt: `2026-01-0${version}T08:00:00.000Z`,
    deployedBy: 'admin-aino',
    ...over,
  };
}

/** A running instance at revision 1. */
export function instance(id: string, over: Partial<InstanceRecord> = {}): InstanceRecord {
  return {
    id,
    processKey: 'referral',
    version: 1,
    deploymentId: 'dep-referral-1',
    businessKey: null,
    clientRef: 'client-001',
    parentInstanceId: null,
    parentExecutionId: null,
    state: 'running',
    startedAt: '2026-02-01T09:00:00.000Z',
    endedAt: null,
    revision: 1,
    variables: { consentGiven: true },
    engineState: Buffer.from([1, 2, 3]),
    incident: null,
    ...over,
  };
}

/** An open task at version 1. */
export function task(id: string, instanceId: string, over: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id,
    instanceId,
    processKey: 'referral',
    activityId: `act-${id}`,
    executionId: `exe-${id}`,
    name: 'Check the referral',
    roles: ['nurse'],
    formKey: null,
    assignee: null,
    state: 'open',
    createdAt: '2026-02-01T09:00:00.000Z',
    expectedBy: null,
    completedAt: null,
    completedBy: null,
    data: null,
    version: 1,
    ...over,
  };
}

/** A timer of an instance. */
export function timer(id: string, instanceId: string, dueAt: string): TimerRecord {
  return { id, instanceId, activityId: `act-${id}`, executionId: `exe-${id}`, dueAt };
}

/** An open history row. */
export function opened(instanceId: string, executionId: string, startedAt = '2026-02-01T09:00:00.000Z'): HistoryRecord {
  return {
    instanceId,
    executionId,
    activityId: `act-${executionId}`,
    name: null,
    type: 'bpmn:UserTask',
    startedAt,
    endedAt: null,
    expectedBy: null,
    by: null,
  };
}

/** The step that starts `i` (expected revision 0) with nothing waiting. */
export function start(i: InstanceRecord, over: Partial<StepCommit> = {}): StepCommit {
  return { instance: i, expectedRevision: 0, tasks: [], timers: [], subscriptions: [], history: [], ...over };
}

/** The next step of `i`: revision + 1, expecting the current one. */
export function next(i: InstanceRecord, over: Partial<StepCommit> = {}, changes: Partial<InstanceRecord> = {}): StepCommit {
  return {
    instance: { ...i, ...changes, revision: i.revision + 1 },
    expectedRevision: i.revision,
    tasks: [],
    timers: [],
    subscriptions: [],
    history: [],
    ...over,
  };
}

/** Awaits `work` and expects it to reject with AppError conflict. */
export async function expectConflict(work: Promise<unknown>): Promise<void> {
  let error: unknown;
  try {
    await work;
  } catch (err) {
    error = err;
  }
  expect(error, 'expected a conflict').to.be.instanceOf(AppError);
  expect((error as AppError).code).to.equal('conflict');
}

/** Awaits `work` and expects it to reject (with any error). */
export async function expectRejects(work: Promise<unknown>): Promise<void> {
  let rejected = false;
  try {
    await work;
  } catch {
    rejected = true;
  }
  expect(rejected, 'expected a rejection').to.equal(true);
}
