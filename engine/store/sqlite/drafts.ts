/** Drafts in the SQLite store: one row per task and user, saved only while the task is open. */
import type Database from 'better-sqlite3';
import type { DraftRecord } from '../Store.js';

type Prepare = (sql: string) => Database.Statement;

/** Replaces the user's draft when the task is open, in one statement so a completion cannot slip in between. */
export function saveDraft(prepare: Prepare, d: DraftRecord): boolean {
  const res = prepare(
    `INSERT INTO drafts (task_id, user_id, data, saved_at)
     SELECT @taskId, @userId, @data, @savedAt WHERE EXISTS (SELECT 1 FROM tasks WHERE id = @taskId AND state = 'open')
     ON CONFLICT (task_id, user_id) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
  ).run({ taskId: d.taskId, userId: d.userId, data: JSON.stringify(d.data), savedAt: d.savedAt });
  return res.changes === 1;
}

/** The user's draft of the task, or null. */
export function getDraft(prepare: Prepare, taskId: string, userId: string): DraftRecord | null {
  const row = prepare('SELECT data, saved_at FROM drafts WHERE task_id = ? AND user_id = ?').get(taskId, userId) as
    { data: string; saved_at: string } | undefined;
  return row ? { taskId, userId, data: JSON.parse(row.data) as Record<string, unknown>, savedAt: row.saved_at } : null;
}

/** Removes every draft of the task. */
export function deleteDrafts(prepare: Prepare, taskId: string): void {
  prepare('DELETE FROM drafts WHERE task_id = ?').run(taskId);
}
