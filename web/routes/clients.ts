/** One client across processes: timeline and access log. */
import { Router } from 'express';
import { clientAccessLog, clientTimeline } from '../../engine/usecases/clients.js';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { callerOf } from '../middleware/session.js';

/** GET /clients/:clientRef/timeline and /clients/:clientRef/access-log. */
export function clientRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/clients/:clientRef/timeline', async (req, res) => {
    res.json(await clientTimeline(deps, callerOf(res), req.params.clientRef));
  });
  router.get('/clients/:clientRef/access-log', async (req, res) => {
    res.json(await clientAccessLog(deps, callerOf(res), req.params.clientRef));
  });
  return router;
}
