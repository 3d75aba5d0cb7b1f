/** Bodies are JSON only, at most 1 MiB: anything else is refused before a route runs. */
import express, { type RequestHandler } from 'express';
import { AppError } from '../../engine/errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Refuses bytes that are not UTF-8: the default decoder would turn them into U+FFFD silently. */
function verifyUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  try {
    utf8.decode(buf);
  } catch {
    throw new AppError('invalid_input', 'the request body is not valid UTF-8');
  }
}

const parseJson = express.json({ limit: '1mb', strict: true, type: () => true, verify: verifyUtf8 });

/** Refuses a body that is not application/json (415), then parses it (413 / 400 via the error middleware). */
export function jsonBody(): RequestHandler {
  return (req, res, next) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return next();
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      return next(new AppError('unsupported_media_type', 'the request body must be application/json'));
    }
    parseJson(req, res, next);
  };
}
