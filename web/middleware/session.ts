/** Reads the session cookie, requires a caller where asked, and checks the CSRF header on changes. */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { AppError } from '../../engine/errors.js';
import type { Caller, UseCaseDeps } from '../../engine/usecases/context.js';
import { resumeSession } from '../../engine/usecases/session.js';
import { readCookie, SESSION_COOKIE } from '../cookies.js';

/** Sets res.locals.caller and csrfToken when the cookie names a live session; never refuses. */
export function loadSession(deps: UseCaseDeps): RequestHandler {
  return async (req, res, next) => {
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (id && /^[A-Za-z0-9_-]{43}$/.test(id)) {
      const session = await resumeSession(deps, id);
      if (session) {
        res.locals.caller = session.caller;
        res.locals.csrfToken = session.csrfToken;
        res.locals.sessionId = id;
      }
    }
    next();
  };
}

/** The signed-in caller of a request behind requireCaller; unauthenticated if there is none. */
export function callerOf(res: Response): Caller {
  if (!res.locals.caller) throw new AppError('unauthenticated', 'sign in first');
  return res.locals.caller;
}

/** 401 without a signed-in caller. */
export const requireCaller: RequestHandler = (_req, res, next) => {
  next(res.locals.caller ? undefined : new AppError('unauthenticated', 'sign in first'));
};

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** 403 for a changing request whose x-csrf-token header is not the session's token. */
export const requireCsrf: RequestHandler = (req, res, next) => {
  if (!CHANGES.has(req.method)) return next();
  const sent = req.headers['x-csrf-token'];
  const expected = res.locals.csrfToken;
  const a = Buffer.from(typeof sent === 'string' ? sent : '', 'utf8');
  const b = Buffer.from(expected ?? '', 'utf8');
  const ok = b.length > 0 && a.length === b.length && timingSafeEqual(a, b);
  next(ok ? undefined : new AppError('forbidden', 'missing or wrong x-csrf-token header'));
};
