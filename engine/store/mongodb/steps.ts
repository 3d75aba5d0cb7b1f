/**
 * The writes of one engine step, run inside the caller's transaction. A failed revision or task
 * version check throws conflict, which makes `withTransaction` abort so nothing of the step is kept.
 * Tasks and history rows go in one `bulkWrite` each, so a step costs a handful of round trips
 * whatever it touched: the instance (first, it carries the revision check), tasks, drafts of closed
 * tasks, timers, subscriptions, history, access log.
 */
import type { AnyBulkWriteOperation, ClientSession } from 'mongodb';
import { conflict } from '../../errors.js';
import type { AuditRecord, StepCommit, SubscriptionRecord, TaskRecord } from '../Store.js';
import { type Collections } from './collections.js';
import {
  instanceDoc,
  num,
  taskDoc,
  text,
  timerDoc,
  type AuditDoc,
  type HistoryDoc,
  type SubscriptionDoc,
  type TaskDoc,
} from './documents.js';

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
          organisation: doc.organisation ?? null,
          // A migration moves the instance to another deployment; every other step keeps these.
          version: doc.version,
          deploymentId: doc.deploymentId,
        },
      },
      { session },
    );
    if (res.matchedCount !== 1) throw conflict('the process instance was changed by someone else');
  }

  await writeTasks(c, session, step.tasks);

  const running = doc.state === 'running';
  if (step.timers) {
    await c.timers.deleteMany({ instanceId }, { session });
    if (step.timers.length)
      await c.timers.insertMany(
        step.timers.map((t) => timerDoc(t, running)),
        { session },
      );
  } else {
    // Kept timers of an instance that stopped (an incident) are not claimed until it runs again.
    await c.timers.updateMany({ instanceId }, { $set: { running } }, { session });
  }
  if (step.subscriptions) await replaceSubscriptions(c, session, instanceId, step.subscriptions);

  const history: AnyBulkWriteOperation<HistoryDoc>[] = step.history.map((h, position) => ({
    updateOne: {
      filter: { instanceId: text(h.instanceId), executionId: text(h.executionId) },
      update: {
        $set: { endedAt: h.endedAt, by: h.by, activityId: h.activityId, name: h.name, cancelledBy: h.cancelledBy ?? null },
        $setOnInsert: {
          type: h.type,
          startedAt: h.startedAt,
          expectedBy: h.expectedBy,
          stalledReason: h.stalledReason ?? null,
          milestone: h.milestone ?? null,
          openedAt: doc.revision,
          position,
        },
      },
      upsert: true,
    },
  }));
  if (history.length) await c.history.bulkWrite(history, { session, ordered: true });

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

/**
 * Tasks in one bulk write: a new task (version 1) is inserted unless present; a changed one must
 * still be at the version before the change. Every operation matches or inserts exactly one
 * task, so fewer than that means one moved on meanwhile: conflict (and the transaction aborts).
 */
async function writeTasks(c: Collections, session: ClientSession, tasks: TaskRecord[]): Promise<void> {
  if (!tasks.length) return;
  const ops: AnyBulkWriteOperation<TaskDoc>[] = tasks.map((task) => {
    const { _id, ...fields } = taskDoc(task);
    return task.version === 1
      ? { updateOne: { filter: { _id }, update: { $setOnInsert: fields }, upsert: true } }
      : { updateOne: { filter: { _id, version: num(task.version - 1) }, update: { $set: fields } } };
  });
  const res = await c.tasks.bulkWrite(ops, { session, ordered: true });
  if (res.matchedCount + res.upsertedCount !== ops.length) throw conflict('the task was changed by someone else');
  // A completed or cancelled task's drafts go in the same transaction.
  const closed = tasks.filter((t) => t.version !== 1 && t.state !== 'open').map((t) => text(t.id));
  if (closed.length) await c.drafts.deleteMany({ taskId: { $in: closed } }, { session });
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
