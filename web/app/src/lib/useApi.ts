/** Server state in one hook: load, reload, optional polling and reload on focus; no fetch in components. */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { api, ApiError, diagramXmlPath } from './api';

/** What useApi returns: the data, the error, whether it loads, and reload(). */
export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Result<T> {
  key: string;
  tick: number;
  data?: T;
  error?: ApiError;
}

/** Loads `load()` when `key` changes (null = do not load); `pollMs` reloads in the background, keeping the data meanwhile. */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, options: { pollMs?: number } = {}): ApiState<T> {
  const [result, setResult] = useState<Result<T> | null>(null);
  const [tick, setTick] = useState(0);
  const run = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ key, tick, data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
        setResult((previous) => ({ key, tick, error: apiError, data: previous?.key === key ? previous.data : undefined }));
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

  const current = result && result.key === key ? result : null;
  return {
    data: current?.data,
    error: current?.error,
    loading: key !== null && (!current || current.tick !== tick),
    reload,
  };
}

/** GET `path` as JSON (null = do not load), with useApi's reload and polling. */
export function useGet<T>(path: string | null, options: { pollMs?: number } = {}): ApiState<T> {
  return useApi(path, (signal) => api<T>(path!, { signal }), options);
}

/** The BPMN XML of a process version (latest when `version` is omitted); nothing loads without a process key. */
export function useDiagramXml(processKey: string | undefined, version: number | undefined): ApiState<string> {
  const path = processKey ? diagramXmlPath(processKey, version) : null;
  return useApi(path, (signal) => api<string>(path!, { signal, text: true }));
}
