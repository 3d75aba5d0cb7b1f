/** Server state in one hook: load, reload, optional polling and reload on focus; no fetch in components. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';

/** What useApi returns: the data, the error, whether it loads, and reload(). */
export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads `load()` when `key` changes (null = do not load); `pollMs` reloads in the background. */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, options: { pollMs?: number } = {}): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean; key: string | null }>({ loading: key !== null, key });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, key, data: s.key === key ? s.data : undefined }));
    loadRef.current(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, loading: false, key }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
        setState((s) => ({ ...s, error: apiError, loading: false, key }));
      },
    );
    return () => controller.abort();
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (key === null || !options.pollMs) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, options.pollMs);
    window.addEventListener('focus', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [key, options.pollMs, reload]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
