/** Which diagram elements are done, cancelled (a timer interrupted them, the path was cancelled), active or late, and the notes saying who and when. */
import type { DiagramOverlay } from '../../components/BpmnViewer';
import { formatDate, isLate } from '../../lib/format';
import type { Instance } from '../../lib/types';

const SHOWN = /Task$|CallActivity$|SubProcess$|Event$/;

/** Markers and overlays for the instance; `t` translates the overlay texts. */
export function diagramState(instance: Instance, t: (key: string, vars?: Record<string, unknown>) => string) {
  const markers: Record<string, string[]> = {};
  const overlays: DiagramOverlay[] = [];
  const add = (id: string, cls: string) => (markers[id] ??= []).includes(cls) || markers[id]!.push(cls);
  const lastDone = new Map<string, Instance['history'][number]>();
  for (const h of instance.history) if (h.endedAt && SHOWN.test(h.type)) lastDone.set(h.activityId, h);
  const activeIds = new Set(instance.active.map((a) => a.activityId));
  const nameOf = (id: string) => instance.history.find((h) => h.activityId === id)?.name ?? null;
  for (const h of lastDone.values()) {
    const cancelled = !!h.cancelledBy;
    add(h.activityId, cancelled ? 'cancelled' : 'done');
    if (/Task$/.test(h.type) && !activeIds.has(h.activityId)) {
      overlays.push({
        elementId: h.activityId,
        text: cancelled ? cancelledText(h, nameOf, t) : t('path.doneBy', { who: h.byName ?? h.by ?? '–', when: formatDate(h.endedAt) }),
        className: cancelled ? 'note-cancelled' : 'note-done',
      });
    }
  }
  for (const a of instance.active) {
    const late = isLate(a.expectedBy);
    add(a.activityId, late ? 'late' : 'active');
    const who = a.assigneeName ?? (a.assignee ? t('inbox.colleague') : null);
    const text = late ? t('path.lateSince', { when: formatDate(a.expectedBy) }) : t('path.activeSince', { when: formatDate(a.since) });
    overlays.push({ elementId: a.activityId, text: who ? `${text} · ${who}` : text, className: late ? 'note-late' : 'note-active' });
  }
  return { markers, overlays };
}

/** "Peruttu 3.2." or "Peruttu: Ei vastausta 3 päivässä 3.2." — what cancelled the step, by its name, never an internal id. */
export function cancelledText(
  h: Instance['history'][number],
  nameOf: (id: string) => string | null,
  t: (key: string, vars?: Record<string, unknown>) => string,
): string {
  const when = formatDate(h.endedAt);
  const by = h.cancelledBy && h.cancelledBy !== 'interrupted' && h.cancelledBy !== 'cancel' ? nameOf(h.cancelledBy) : null;
  if (h.cancelledBy === 'cancel') return t('path.cancelledWithPath', { when });
  return by ? t('path.cancelledBy', { what: by, when }) : t('path.cancelled', { when });
}
