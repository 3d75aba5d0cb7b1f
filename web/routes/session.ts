/** POST/GET/DELETE /api/session: sign in (rate-limited), who am I, sign out. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { login, logout, SESSION_ABSOLUTE_HOURS } from '../../engine/usecases/session.js';
import { AppError } from '../../engine/errors.js';
import { sessionCookie } from '../cookies.js';
import type { LoginThrottle } from '../loginThrottle.js';
import { requireCaller, requireCsrf } from '../middleware/session.js';
import { parseLogin } from '../schemas/session.js';

/** The session routes; `secure` adds the Secure cookie flag. */
export function sessionRoutes(deps: UseCaseDeps, throttle: LoginThrottle, secure: boolean): Router {
  const router = Router();

  router.post('/session', async (req, res) => {
    const body = parseLogin(req.body);
    // The client's address: the socket's, or behind a trusted reverse proxy (POLKU_TRUST_PROXY) its X-Forwarded-For.
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    await throttle.check(body.username, ip);
    try {
      const signedIn = await login(deps, body);
      await throttle.succeed(body.username, ip);
      res.setHeader('Set-Cookie', sessionCookie(signedIn.sessionId, SESSION_ABSOLUTE_HOURS * 3600, secure));
      res.json({ user: signedIn.user, csrfToken: signedIn.csrfToken });
    } catch (err) {
      if (err instanceof AppError && err.code === 'unauthenticated') await throttle.fail(body.username, ip);
      throw err;
    }
  });

  router.get('/session', requireCaller, (_req, res) => {
    res.json({ user: res.locals.caller, csrfToken: res.locals.csrfToken });
  });

  router.delete('/session', requireCaller, requireCsrf, async (_req, res) => {
    await logout(deps, res.locals.sessionId as string);
    res.setHeader('Set-Cookie', sessionCookie('', 0, secure));
    res.status(204).end();
  });

  return router;
}
