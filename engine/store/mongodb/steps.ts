/**
 * The writes of one engine step, run inside the caller's transaction. A failed revision or task
 * version check throws conflict, which makes `withTransaction` abort so nothing of the step is kept.
 */
import type { ClientSession } from 'mongodb';
import { conflict } from '../../errors.js';
import type { AuditRecord, StepCommit, SubscriptionRecord, TaskRecord } from '../Store.js';
import { type Collections } from './collections.js';
import { instanceDoc, num, taskDoc, text, timerDoc, type AuditDoc, type SubscriptionDoc } from './documents.js';

const DUPLICATE_KEY = 11000;

/** True for a unique index violation, from a single write or a bulk one. */
export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number }).code === DUPLICATE_KEY;

/** Applies a step and its related steps; every operation runs in `session`'s transaction. */
export async function applyStep(c: Collections, session: ClientSession, step: StepCommit): Promise<void> {
  const doc = instanceDoc(step.instance);
  const instanceId = doc._id;
  if (step.expectedRevision === 0) {
    try {
      await c.instances.insertOne(doc, { session });
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict('the instance exists already');
      throw err;
    }
  } else {
    const res = await c.instances.updateOne(
      { _id: instanceId, revision: num(step.expectedRevision) },
      {
        $set: {
          state: doc.state,
          endedAt: doc.endedAt,
          revision: doc.revision,
          variables: doc.variables,
          engineState: doc.engineState,
          incident: doc.incident,
          clientRef: doc.clientRef,
          // A migration moves the instance to another deployment; every other step keeps these.
          version: doc.version,
          deploymentId: doc.deploymentId,
        },
      },
      { session },
    );
    if (res.matchedCount !== 1) throw conflict('the process instance was changed by someone else');
  }

  for (const task of step.tasks) await upsertTask(c, session, task);

  const running = doc.state === 'running';
  if (step.timers) {
    await c.timers.deleteMany({ instanceId }, { session });
    if (step.timers.length) await c.timers.insertMany(step.timers.map((t) => timerDoc(t, running)), { session });
  } else {
    // Kept timers of an instance that stopped (an incident) are not claimed until it runs again.
    await c.timers.updateMany({ instanceId }, { $set: { running } }, { session });
  }
  if (step.subscriptions) await replaceSubscriptions(c, session, instanceId, step.subscriptions);

  for (const [position, h] of step.history.entries()) {
    await c.history.updateOne(
      { instanceId: text(h.instanceId), executionId: text(h.executionId) },
      {
        $set: { endedAt: h.endedAt, by: h.by, activityId: h.activityId, name: h.name },
        $setOnInsert: {
          type: h.type,
          startedAt: h.startedAt,
          expectedBy: h.expectedBy,
          openedAt: doc.revision,
          position,
        },
      },
      { upsert: true, session },
    );
  }

  if (step.audit?.length) await insertAudit(c, session, step.audit);
  for (const related of step.related ?? []) await applyStep(c, session, related);
}

/** The instance's subscriptions become exactly these; the first of duplicates wins, as with SQLite's INSERT OR IGNORE. */
async function replaceSubscriptions(c: Collections, session: ClientSession, instanceId: string, list: SubscriptionRecord[]): Promise<void> {
  await c.subscriptions.deleteMany({ instanceId }, { session });
  const subscriptions = new Map<string, SubscriptionDoc>();
  for (const s of list) {
    const key = JSON.stringify([s.instanceId, s.messageName, s.executionId]);
    if (!subscriptions.has(key)) {
      subscriptions.set(key, {
        instanceId: text(s.instanceId),
        messageName: text(s.messageName),
        activityId: s.activityId,
        executionId: text(s.executionId),
      });
    }
  }
  if (subscriptions.size) await c.subscriptions.insertMany([...subscriptions.values()], { session });
}

/** A new task (version 1) is inserted unless present; a changed one must still be at the version before the change. */
async function upsertTask(c: Collections, session: ClientSession, task: TaskRecord): Promise<void> {
  const { _id, ...fields } = taskDoc(task);
  if (task.version === 1) {
    await c.tasks.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true, session });
    return;
  }
  const res = await c.tasks.updateOne({ _id, version: num(task.version - 1) }, { $set: fields }, { session });
  if (res.matchedCount !== 1) throw conflict('the task was changed by someone else');
  // A completed or cancelled task's drafts go in the same transaction.
  if (task.state !== 'open') await c.drafts.deleteMany({ taskId: _id }, { session });
}

/** Appends access log entries in the session's transaction; no counter document, so appends never contend. */
export async function insertAudit(c: Collections, session: ClientSession, entries: AuditRecord[]): Promise<void> {
  if (!entries.length) return;
  const docs: AuditDoc[] = entries.map((a) => ({
    at: a.at,
    actor: a.actor,
    action: a.action,
    clientRef: a.clientRef,
    instanceId: a.instanceId,
    detail: a.detail,
    role: a.role ?? null,
    why: a.why ?? null,
  }));
  // insertMany with ordered:true keeps the given order, and ObjectIds grow within one process.
  await c.audit.insertMany(docs, { session, ordered: true });
}
