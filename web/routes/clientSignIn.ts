/**
 * GET /api/client/sign-in and /api/client/callback: the client's strong sign-in through OpenID
 * Connect. The sign-in in progress is found by a random id in a short-lived cookie (SameSite=Lax,
 * so the provider's redirect back brings it); a refusal opens no session and sends the browser to
 * the sign-in page with the reason, which the page tells in plain words.
 */
import { Router, type Request } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { signInClient } from '../../engine/usecases/clientSignIn.js';
import { SESSION_ABSOLUTE_HOURS } from '../../engine/usecases/session.js';
import { readCookie, sessionCookie } from '../cookies.js';
import type { Logger } from '../log.js';
import { SignInRefused, type ClientSignIn } from '../oidc/relyingParty.js';

const FLOW_COOKIE = 'polku_oidc';

function flowCookie(value: string, maxAge: number, secure: boolean): string {
  return [
    `${FLOW_COOKIE}=${value}`,
    'Path=/api/client',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The URL the browser came back to, on the configured callback's origin (never trusting the Host header). */
function callbackUrl(req: Request, redirectUri: string): URL {
  return new URL(req.originalUrl.replace(/^\/api\/client\/callback/, ''), redirectUri);
}

/** The client's sign-in routes (public: before the session is required). */
export function clientSignInRoutes(deps: UseCaseDeps, signIn: ClientSignIn, secure: boolean, logger: Logger): Router {
  const router = Router();

  router.get('/client/sign-in', async (req, res) => {
    // The sign-in's cookies live on the callback's origin: a browser that came by another name (localhost) goes there first.
    const callback = new URL(signIn.redirectUri);
    if (req.get('host') !== callback.host) return res.redirect(303, `${callback.origin}/api/client/sign-in`);
    const { transactionId, url } = await signIn.begin();
    res.setHeader('Set-Cookie', flowCookie(transactionId, 600, secure));
    res.redirect(303, url.href);
  });

  router.get('/client/callback', async (req, res) => {
    const clear = flowCookie('', 0, secure);
    try {
      const identity = await signIn.finish(readCookie(req.headers.cookie, FLOW_COOKIE), callbackUrl(req, signIn.redirectUri));
      const session = await signInClient(deps, identity);
      res.setHeader('Set-Cookie', [clear, sessionCookie(session.sessionId, SESSION_ABSOLUTE_HOURS * 3600, secure)]);
      res.redirect(303, '/oma');
    } catch (err) {
      const reason = err instanceof SignInRefused ? err.reason : 'provider';
      logger.log('warn', 'client sign-in refused', { reason, requestId: res.locals.requestId, error: (err as Error).message });
      res.setHeader('Set-Cookie', clear);
      res.redirect(303, `/oma/kirjaudu?virhe=${reason}`);
    }
  });

  return router;
}
