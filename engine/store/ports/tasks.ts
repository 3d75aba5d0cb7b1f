/** User tasks: lookups, the worker inbox and its counts, claiming. */
import type { TaskState } from '../../api.js';
import type { AuditRecord } from './accessLog.js';

export interface TaskRecord {
  id: string;
  instanceId: string;
  processKey: string;
  activityId: string;
  executionId: string;
  name: string | null;
  roles: string[];
  formKey: string | null;
  assignee: string | null;
  state: TaskState;
  createdAt: string;
  expectedBy: string | null;
  completedAt: string | null;
  completedBy: string | null;
  data: Record<string, unknown> | null;
  version: number;
}

export interface TaskQuery {
  state?: TaskState;
  roles?: string[];
  assignee?: string | null;
  processKey?: string;
  instanceId?: string;
  limit?: number;
  /** Return tasks whose (createdAt, id) sorts after this cursor. */
  after?: { createdAt: string; id: string } | null;
}

/** A task's place in the inbox order: expectedBy ascending (none last), then createdAt, then id. */
export interface InboxPosition {
  expectedBy: string | null;
  createdAt: string;
  id: string;
}

/** A worker's task list, filtered and ordered by the store. */
export interface InboxQuery {
  /** Only tasks whose candidate roles meet one of these. */
  roles: string[];
  state: TaskState;
  /** A user's tasks, or nobody's (null); omitted: anyone's. */
  assignee?: string | null;
  /** With `assignee` a user id: that user's tasks or nobody's. */
  orUnassigned?: boolean;
  processKey?: string;
  instanceId?: string;
  /** Only tasks of paths with this pseudonym. */
  clientRef?: string;
  /** Only tasks whose expectedBy is before this time. */
  lateAt?: string;
  limit: number;
  /** Only tasks after this position in the inbox order. */
  after?: InboxPosition | null;
}

/** A task in a worker's list, with its path's pseudonym. */
export interface InboxTask extends TaskRecord {
  clientRef: string | null;
}

/** What the inbox counts: open tasks of some roles, optionally of one process or client. */
export interface InboxCountQuery {
  roles: string[];
  userId: string;
  /** Tasks whose expectedBy is before this are late. */
  now: string;
  processKey?: string;
  clientRef?: string;
}

/** Open tasks per inbox filter: the user's, nobody's, anyone's, and the late ones of anyone's. */
/** Open tasks per inbox filter; exact up to 1,000 (a store may report a larger count as 1,001). */
export interface InboxCounts {
  mine: number;
  unassigned: number;
  all: number;
  late: number;
}

/** User tasks: lookups, the worker inbox and its counts, claiming. */
export interface TaskStore {
  /** A task by id, or null. */
  getTask(id: string): Promise<TaskRecord | null>;
  /** Tasks matching the query, oldest first. */
  listTasks(q: TaskQuery): Promise<TaskRecord[]>;
  /** Tasks of the query in inbox order (expectedBy ascending, none last; createdAt; id), with each path's clientRef. */
  listInbox(q: InboxQuery): Promise<InboxTask[]>;
  /** Counts open tasks per inbox filter with COUNT queries; a task with several matching roles counts once. */
  countInbox(q: InboxCountQuery): Promise<InboxCounts>;
  /** Sets the assignee when the task is open and its version matches, writing `audit` in the same transaction; returns false (and writes nothing) otherwise. */
  updateTaskAssignee(id: string, assignee: string | null, expectedVersion: number, audit?: AuditRecord[]): Promise<boolean>;
}
