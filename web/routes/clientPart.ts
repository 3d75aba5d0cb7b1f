/**
 * The client's own part of the API under /api/client: the strong sign-in (public), then their
 * pages' data behind their session and CSRF token, as for workers. A signed-in client reaches
 * nothing else but /api/session: every workers' route answers them 404.
 */
import { Router, type RequestHandler } from 'express';
import { notFound, AppError } from '../../engine/errors.js';
import { isClientCaller } from '../../engine/policy/clientAccess.js';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { myAccessLog, myPath, myPaths } from '../../engine/usecases/clientPortal.js';
import { clientAnswers, myForm, saveMyForm } from '../../engine/usecases/clientForms.js';
import { myConsent, myPlan, myPlanPdf, setMyConsent, signMyPlan } from '../../engine/usecases/clientPlan.js';
import type { Logger } from '../log.js';
import { callerOf, requireCaller, requireCsrf } from '../middleware/session.js';
import type { ClientSignIn } from '../oidc/relyingParty.js';
import { clientSignInRoutes } from './clientSignIn.js';

const requireClientCaller: RequestHandler = (_req, res, next) => {
  next(isClientCaller(callerOf(res)) ? undefined : notFound('route'));
};

/** A signed-in client reaches only their own routes and the session; anything else is 404 for them. */
const closedToClients: RequestHandler = (req, res, next) => {
  const caller = res.locals.caller;
  if (!caller || !isClientCaller(caller) || req.path === '/session') return next();
  next(notFound('route'));
};

function body(req: { body?: unknown }): Record<string, unknown> {
  const b = req.body;
  if (!b || typeof b !== 'object' || Array.isArray(b))
    throw new AppError('invalid_input', 'a JSON object is expected', [{ path: '', message: 'object' }]);
  return b as Record<string, unknown>;
}

/** The /api/client routes and the gate that keeps clients out of the workers' routes. */
export function clientPartRoutes(deps: UseCaseDeps, signIn: ClientSignIn, secure: boolean, logger: Logger): Router {
  const router = Router();
  router.use(clientSignInRoutes(deps, signIn, secure, logger));
  const own = Router();
  own.use(requireCaller, requireCsrf, requireClientCaller);
  own.get('/paths', async (_req, res) => {
    res.json({ items: await myPaths(deps, callerOf(res)) });
  });
  own.get('/paths/:id', async (req, res) => {
    res.json(await myPath(deps, callerOf(res), req.params.id));
  });
  own.get('/paths/:id/plan', async (req, res) => {
    res.json(await myPlan(deps, callerOf(res), req.params.id));
  });
  own.get('/paths/:id/plan.pdf', async (req, res) => {
    const pdf = await myPlanPdf(deps, callerOf(res), req.params.id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', 'attachment; filename="suunnitelmani.pdf"');
    res.setHeader('Cache-Control', 'no-store');
    res.end(pdf);
  });
  own.post('/paths/:id/plan/signatures', async (req, res) => {
    const hash = body(req).documentHash;
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
      throw new AppError('invalid_input', 'documentHash must be the plan version shown', [
        { path: '/documentHash', message: 'sha256 hex' },
      ]);
    res.status(201).json(await signMyPlan(deps, callerOf(res), req.params.id, hash));
  });
  own.get('/paths/:id/consent', async (req, res) => {
    res.json({ items: await myConsent(deps, callerOf(res), req.params.id) });
  });
  own.post('/paths/:id/consent', async (req, res) => {
    const b = body(req);
    const items = await setMyConsent(deps, callerOf(res), req.params.id, {
      party: String(b.party ?? ''),
      act: b.act as 'give' | 'withdraw',
    });
    res.json({ items });
  });
  own.get('/paths/:id/forms/:formKey', async (req, res) => {
    res.json(await myForm(deps, callerOf(res), req.params.id, req.params.formKey));
  });
  own.put('/paths/:id/forms/:formKey', async (req, res) => {
    const b = body(req);
    res.json(await saveMyForm(deps, callerOf(res), req.params.id, req.params.formKey, { data: b.data, send: b.send === true }));
  });
  own.get('/access-log', async (_req, res) => {
    res.json({ items: await myAccessLog(deps, callerOf(res)) });
  });
  own.use((_req, _res, next) => next(notFound('route')));
  router.use('/client', own);
  router.use(closedToClients);
  // A worker who sees the whole path reads the client's sent answers as theirs.
  router.get('/process-instances/:id/client-answers', requireCaller, async (req, res) => {
    res.json({ items: await clientAnswers(deps, callerOf(res), String(req.params.id)) });
  });
  return router;
}
