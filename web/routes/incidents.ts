/** Incidents: the list for process owners and operations, and the retry of a failed step. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { listIncidents, retryInstance } from '../../engine/usecases/incidents.js';
import { parseIncidentListQuery, parseRetry } from '../schemas/incidents.js';
import { callerOf } from '../middleware/session.js';

/** GET /incidents and POST /process-instances/:id/retry. */
export function incidentRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.get('/incidents', async (req, res) => {
    res.json(await listIncidents(deps, callerOf(res), parseIncidentListQuery(req.query)));
  });

  router.post('/process-instances/:id/retry', async (req, res) => {
    res.json(await retryInstance(deps, callerOf(res), req.params.id, parseRetry(req.body ?? {})));
  });

  return router;
}
