/** The MongoDB collections of Polku and their indexes. Every step is idempotent so `init` can run on every start. */
import type { Collection, Db } from 'mongodb';
import type {
  AccountChangeDoc,
  AuditDoc,
  CaseloadPlaceDoc,
  EmployerContactDoc,
  DeploymentDoc,
  DraftDoc,
  MeetingBookingDoc,
  HistoryDoc,
  InstanceDoc,
  LoginFailureDoc,
  SessionDoc,
  SubscriptionDoc,
  TaskDoc,
  TimerDoc,
  UserDoc,
} from './documents.js';

export interface Collections {
  deployments: Collection<DeploymentDoc>;
  instances: Collection<InstanceDoc>;
  tasks: Collection<TaskDoc>;
  timers: Collection<TimerDoc>;
  subscriptions: Collection<SubscriptionDoc>;
  history: Collection<HistoryDoc>;
  users: Collection<UserDoc>;
  sessions: Collection<SessionDoc>;
  audit: Collection<AuditDoc>;
  drafts: Collection<DraftDoc>;
  meetingBookings: Collection<MeetingBookingDoc>;
  loginFailures: Collection<LoginFailureDoc>;
  caseloadPlaces: Collection<CaseloadPlaceDoc>;
  employerContacts: Collection<EmployerContactDoc>;
  accountChanges: Collection<AccountChangeDoc>;
}

/** The typed collections of one database. */
export function collectionsOf(db: Db): Collections {
  return {
    deployments: db.collection<DeploymentDoc>('deployments'),
    instances: db.collection<InstanceDoc>('instances'),
    tasks: db.collection<TaskDoc>('tasks'),
    timers: db.collection<TimerDoc>('timers'),
    subscriptions: db.collection<SubscriptionDoc>('subscriptions'),
    history: db.collection<HistoryDoc>('history'),
    users: db.collection<UserDoc>('users'),
    sessions: db.collection<SessionDoc>('sessions'),
    audit: db.collection<AuditDoc>('audit'),
    drafts: db.collection<DraftDoc>('drafts'),
    meetingBookings: db.collection<MeetingBookingDoc>('meeting_bookings'),
    loginFailures: db.collection<LoginFailureDoc>('login_failures'),
    caseloadPlaces: db.collection<CaseloadPlaceDoc>('caseload_places'),
    employerContacts: db.collection<EmployerContactDoc>('employer_contacts'),
    accountChanges: db.collection<AccountChangeDoc>('account_changes'),
  };
}

const NAMESPACE_EXISTS = 48;

/**
 * Creates every collection and index. Collections are created up front because a transaction
 * cannot create one on a sharded cluster, and the first commit of a fresh database runs in one.
 */
export async function ensureSchema(db: Db, c: Collections): Promise<void> {
  const existing = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((x) => x.name));
  for (const coll of Object.values(c) as Collection[]) {
    if (existing.has(coll.collectionName)) continue;
    try {
      await db.createCollection(coll.collectionName);
    } catch (err) {
      // Another engine process created it between our listing and now.
      if ((err as { code?: number }).code !== NAMESPACE_EXISTS) throw err;
    }
  }
  await c.deployments.createIndexes([
    { key: { processKey: 1, version: 1 }, unique: true, name: 'deployments_key_version' },
    { key: { xmlHash: 1 }, name: 'deployments_hash' },
  ]);
  await c.instances.createIndexes([
    { key: { processKey: 1, state: 1 }, name: 'instances_key_state' },
    { key: { parentInstanceId: 1 }, name: 'instances_parent' },
    { key: { clientRef: 1 }, name: 'instances_client' },
    { key: { startedAt: -1, _id: -1 }, name: 'instances_started' },
    // The incident list and the instance list by state, newest first.
    { key: { state: 1, startedAt: -1, _id: -1 }, name: 'instances_state_started' },
    { key: { processKey: 1, version: 1 }, name: 'instances_key_version' },
    { key: { processKey: 1, clientRef: 1 }, name: 'instances_key_client' },
  ]);
  await c.tasks.createIndexes([
    { key: { state: 1, createdAt: 1, _id: 1 }, name: 'tasks_state_created' },
    { key: { instanceId: 1 }, name: 'tasks_instance' },
    // roles is an array, so this is a multikey index: one entry per role, as SQLite's task_roles.
    { key: { roles: 1, state: 1, assignee: 1, expectedBy: 1, createdAt: 1, _id: 1 }, name: 'tasks_inbox' },
    { key: { assignee: 1 }, name: 'tasks_assignee' },
    { key: { state: 1, roles: 1, expectedBy: 1, _id: 1 }, name: 'tasks_late' },
    { key: { instanceId: 1, executionId: 1, state: 1 }, name: 'tasks_execution' },
    { key: { processKey: 1, outcome: 1 }, name: 'tasks_outcome', partialFilterExpression: { outcome: { $type: 'string' } } },
  ]);
  await c.meetingBookings.createIndexes([{ key: { instanceId: 1, _id: 1 }, name: 'meeting_bookings_instance' }]);
  await c.caseloadPlaces.createIndexes([{ key: { processKey: 1, holder: 1 }, name: 'caseload_places_holder' }]);
  await c.subscriptions.createIndexes([{ key: { messageName: 1, instanceId: 1 }, name: 'subscriptions_message' }]);
  await c.employerContacts.createIndexes([{ key: { isoWeek: 1, coach: 1 }, name: 'employer_contacts_week' }]);
  await c.accountChanges.createIndexes([
    { key: { at: -1 }, name: 'account_changes_at' },
    { key: { userId: 1, at: -1 }, name: 'account_changes_user' },
  ]);
  await c.drafts.createIndexes([{ key: { taskId: 1, userId: 1 }, unique: true, name: 'drafts_task_user' }]);
  await c.timers.createIndexes([
    { key: { dueAt: 1, _id: 1 }, name: 'timers_due' },
    { key: { instanceId: 1 }, name: 'timers_instance' },
    // Reads back one claim's timers; sparse: most rows never carry a claim id.
    { key: { claim: 1 }, name: 'timers_claim', sparse: true },
  ]);
  await c.subscriptions.createIndexes([
    { key: { instanceId: 1, messageName: 1, executionId: 1 }, unique: true, name: 'subscriptions_key' },
  ]);
  await c.history.createIndexes([
    { key: { instanceId: 1, executionId: 1 }, unique: true, name: 'history_execution' },
    { key: { instanceId: 1, openedAt: 1, position: 1 }, name: 'history_order' },
    { key: { endedAt: 1, startedAt: 1 }, name: 'history_open' },
    { key: { endedAt: 1, expectedBy: 1, instanceId: 1, executionId: 1 }, name: 'history_late' },
    // The referral report's team meetings: only the few rows that mark a milestone are indexed.
    { key: { milestone: 1, instanceId: 1 }, name: 'history_milestone', partialFilterExpression: { milestone: { $type: 'string' } } },
  ]);
  await c.users.createIndexes([{ key: { username: 1 }, unique: true, name: 'users_username' }]);
  await c.sessions.createIndexes([{ key: { userId: 1 }, name: 'sessions_user' }]);
  await c.loginFailures.createIndexes([{ key: { key: 1, at: 1 }, name: 'login_failures_key' }]);
  // The log is ordered by time and ObjectId, not by a counter document every append would contend on;
  // an older database's unique index on the counter's `seq` would refuse entries without one.
  await c.audit.dropIndex('audit_seq').catch(() => undefined);
  await c.audit.dropIndex('audit_client').catch(() => undefined);
  await c.audit.createIndexes([{ key: { clientRef: 1, at: 1, _id: 1 }, name: 'audit_client_at' }]);
}
