/** One client across processes: timeline, access log, subject-access export and erasure. */
import { Router } from 'express';
import { clientAccessLog, clientTimeline } from '../../engine/usecases/clients.js';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { eraseClient, exportClient } from '../../engine/usecases/lifecycle.js';
import { parseEmpty } from '../schemas/tasks.js';
import { callerOf } from '../middleware/session.js';

/** GET /clients/:clientRef/timeline, /access-log and /export; POST /clients/:clientRef/erase. */
export function clientRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/clients/:clientRef/timeline', async (req, res) => {
    res.json(await clientTimeline(deps, callerOf(res), req.params.clientRef));
  });
  router.get('/clients/:clientRef/access-log', async (req, res) => {
    res.json(await clientAccessLog(deps, callerOf(res), req.params.clientRef));
  });
  router.get('/clients/:clientRef/export', async (req, res) => {
    res.json(await exportClient(deps, callerOf(res), req.params.clientRef));
  });
  router.post('/clients/:clientRef/erase', async (req, res) => {
    parseEmpty(req.body ?? {});
    res.json(await eraseClient(deps, callerOf(res), req.params.clientRef));
  });
  return router;
}
