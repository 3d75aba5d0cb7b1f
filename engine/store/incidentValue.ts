/** Reads a stored incident: the record, or the plain message text that rows from before retries held. */
import type { IncidentRecord } from './Store.js';

/** The incident of a stored instance (JSON text, a document, or old plain text), or null. */
export function readIncident(value: unknown, startedAt: string): IncidentRecord | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object') return value as IncidentRecord;
  const text = String(value);
  if (text.startsWith('{')) {
    try {
      return JSON.parse(text) as IncidentRecord;
    } catch {
      /* an old message that happened to start with a brace */
    }
  }
  // Before retries existed a failed step kept its last good state, which a timer retry resumes.
  return { activityId: null, message: text, attempts: 1, occurredAt: startedAt, action: { kind: 'timer' } };
}
