/**
 * Saves the input as a server-side draft while the worker types (debounced), so the work survives a
 * closed tab or another computer. A save that fails (e.g. the session expired) is kept and retried.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraft } from './api';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: string } | { status: 'failed' };

const DELAY_MS = 800;

export function useAutosave(taskId: string, enabled: boolean) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<Record<string, unknown> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const data = pending.current;
    if (!data) return;
    setState({ status: 'saving' });
    try {
      const { savedAt } = await saveDraft(taskId, data);
      if (pending.current === data) pending.current = null;
      setState({ status: 'saved', at: savedAt });
    } catch {
      setState({ status: 'failed' });
    }
  }, [taskId]);

  const schedule = useCallback(
    (data: Record<string, unknown>) => {
      if (!enabled) return;
      pending.current = data;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), DELAY_MS);
    },
    [enabled, flush],
  );

  // Retry a failed save when the window regains focus or the session comes back (the next change also retries).
  useEffect(() => {
    const retry = () => {
      if (pending.current) void flush();
    };
    window.addEventListener('focus', retry);
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('focus', retry);
      window.removeEventListener('online', retry);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = null;
  }, []);

  return { state, schedule, flush, cancel };
}
