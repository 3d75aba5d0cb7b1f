/** A worker's unfinished task input, kept per task and user while the task is open. */

/** A worker's unfinished input for a task: not validated, never merged into the path. */
export interface DraftRecord {
  taskId: string;
  userId: string;
  data: Record<string, unknown>;
  savedAt: string;
}

/** A worker's unfinished task input, kept per task and user while the task is open. */
export interface DraftStore {
  /** Saves (replaces) a user's draft of an open task; false, and nothing saved, when the task is not open. A step closing the task removes its drafts. */
  saveDraft(d: DraftRecord): Promise<boolean>;
  /** A user's draft of a task, or null. */
  getDraft(taskId: string, userId: string): Promise<DraftRecord | null>;
  /** Removes every user's draft of a task; no error if none. */
  deleteDrafts(taskId: string): Promise<void>;
}
