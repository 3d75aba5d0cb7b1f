/** The one place that writes error answers: AppError → API.md's error JSON; anything else → 500 with the request id logged. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../../engine/errors.js';
import { isStoreUnavailable, storeUnavailable } from '../../engine/store/unavailable.js';
import { redact, type Logger } from '../log.js';

/** body-parser's failures as AppErrors; other errors unchanged. */
function fromBodyParser(err: unknown): unknown {
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new AppError('too_large', 'the request body is larger than 1 MiB');
  if (type === 'entity.parse.failed') return new AppError('invalid_input', 'the request body is not valid JSON');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new AppError('unsupported_media_type', 'the request body encoding is not supported');
  }
  return err;
}

/** Writes the error JSON; never a stack, never client data. A store that cannot be reached is 503 `unavailable`, told to `onStoreDown` (the readiness gate). */
export function errorHandler(logger: Logger, onStoreDown: (err: unknown) => void = () => {}): ErrorRequestHandler {
  return (raw, req, res, _next) => {
    let err = fromBodyParser(raw);
    if (!(err instanceof AppError) && isStoreUnavailable(err)) {
      onStoreDown(err);
      logger.log('warn', 'store unavailable', {
        requestId: res.locals.requestId,
        path: req.path,
        error: (err as Error).name,
        code: (err as { code?: unknown }).code,
      });
      err = storeUnavailable();
    }
    if (err instanceof AppError && err.code !== 'internal') {
      res.status(err.status).json({ error: { code: err.code, message: err.message, details: err.details } });
      return;
    }
    const requestId = res.locals.requestId;
    const e = err instanceof Error ? err : new Error(String(err));
    logger.log('error', 'unhandled error', {
      requestId,
      path: req.path,
      error: e.name,
      message: redact(e.message),
      stack: redact(e.stack ?? ''),
    });
    if (res.headersSent) return;
    res.status(500).json({ error: { code: 'internal', message: `internal error (request ${requestId})`, details: [] } });
  };
}

/** 404 in the API's error shape for any /api path no route took. */
export const apiNotFound: RequestHandler = (_req, _res, next) => {
  next(new AppError('not_found', 'no such API resource'));
};
