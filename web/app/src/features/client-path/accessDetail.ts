/** The access log's "what" (written by the server in English) in the user's language, pattern by pattern. */
import type { TFunction } from 'i18next';

const PATTERNS: [RegExp, string][] = [
  [/^task (\S+) completed with form (\S+)$/, 'taskCompleted'],
  [/^task (\S+) with form (\S+)$/, 'taskRead'],
  [/^task (\S+) claimed$/, 'taskClaimed'],
  [/^task (\S+) released$/, 'taskReleased'],
  [/^started (\S+)$/, 'started'],
  [/^completed forms of the path \((\d+)\)$/, 'forms'],
  [/^process instance with variables$/, 'path'],
  [/^process instance: fields of the open task$/, 'pathTask'],
  [/^process instance as started$/, 'pathStarted'],
  [/^process instance after a completion$/, 'pathAfter'],
  [/^process instance cancelled$/, 'cancelled'],
  [/^client timeline$/, 'timeline'],
  [/^access log$/, 'accessLog'],
  [/^consent status$/, 'consent'],
  [/^TTS PDF$/, 'tts'],
];

/** The detail translated when it has a known shape, else as written. */
export function accessDetail(detail: string, t: TFunction): string {
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(detail);
    if (match) return t(`accessLog.details.${key}`, { a: match[1], b: match[2] });
  }
  return detail;
}
