/** Gives each request a random id (X-Request-Id) and logs it when the response is done, without bodies or query strings. */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { redact, type Logger } from '../log.js';
import type { Metrics } from '../metrics.js';

/** Sets res.locals.requestId and, on finish, writes one log line and counts the request. */
export function requestId(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const id = randomUUID();
    res.locals.requestId = id;
    res.setHeader('X-Request-Id', id);
    const started = process.hrtime.bigint();
    // The path only, read before routers strip their mount prefix: query strings and bodies may carry client data.
    const path = redact(req.path);
    res.on('finish', () => {
      metrics.countRequest(req.method, res.statusCode);
      logger.log(res.statusCode >= 500 ? 'error' : 'info', 'request', {
        requestId: id,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        user: res.locals.caller?.id,
      });
    });
    next();
  };
}
