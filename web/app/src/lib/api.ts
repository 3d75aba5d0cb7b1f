/** The one HTTP client of the app: JSON in and out, the CSRF header on changes, typed errors, 401 reported once. */
import type { Page } from './types';

/** A field problem as the API reports it (`path` is a JSON pointer into the body). */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** An answer other than 2xx: the API's error code, message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** Remembers the session's CSRF token for later changes (null on sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls `listener` whenever a request answers 401 (the session expired or was lost); returns the unsubscribe. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** A request to the API; resolves with the JSON body (undefined for 204) or rejects with ApiError. */
export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; signal?: AbortSignal; text?: boolean } = {},
): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'network error');
  }
  if (response.status === 204) return undefined as T;
  if (options.text && response.ok) return (await response.text()) as T;
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string; details?: ErrorDetail[] } } | null;
  if (!response.ok) {
    const error = body?.error;
    if (response.status === 401 && path !== '/api/session') for (const listener of unauthenticatedListeners) listener();
    throw new ApiError(response.status, error?.code ?? 'unknown', error?.message ?? response.statusText, error?.details ?? []);
  }
  return body as T;
}

/** A query string from the defined values of `params`. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The path of a process version's BPMN XML (the latest version when `version` is omitted). */
export function diagramXmlPath(processKey: string, version?: number): string {
  return `/api/process-definitions/${encodeURIComponent(processKey)}/xml${query({ version })}`;
}

/** Accepts a list either as `{items}` or as a bare array. */
export function listOf<T>(body: Page<T> | T[]): T[] {
  return Array.isArray(body) ? body : body.items;
}
