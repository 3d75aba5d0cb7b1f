/** One error detail: a JSON pointer to the field and a message that names no personal data. */
export interface ErrorDetail {
  path: string;
  message: string;
}

export type ErrorCode =
  | 'invalid_input'
  | 'invalid_bpmn'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  invalid_bpmn: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** The one error type of Polku: a code from shared/API.md, its HTTP status and field details. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const conflict = (message: string) => new AppError('conflict', message);
export const invalidInput = (message: string, details: ErrorDetail[] = []) => new AppError('invalid_input', message, details);
export const invalidBpmn = (message: string, details: ErrorDetail[] = []) => new AppError('invalid_bpmn', message, details);
