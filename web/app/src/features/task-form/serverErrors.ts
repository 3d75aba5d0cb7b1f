/** The server's 400 details (JSON pointers) as RJSF extraErrors, so each message shows at its field. */
import type { ErrorSchema } from '@rjsf/utils';
import type { ErrorDetail } from '../../lib/api';

/** `/a/0/b` → `{a: {0: {b: {__errors: [message]}}}}`; `/` or `` → the form's own errors. */
export function toErrorSchema(details: ErrorDetail[]): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const { path, message } of details) {
    const keys = path
      .split('/')
      .slice(1)
      .filter((k) => k !== '')
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = root;
    for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
    const errors = ((node.__errors as string[] | undefined) ??= []);
    errors.push(message);
  }
  return root as ErrorSchema;
}
