/** The forms beside a task: its path's and its calling paths' completed forms. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { listEarlierForms } from '../../engine/usecases/earlierForms.js';
import { callerOf } from '../middleware/session.js';

/** GET /tasks/:id/earlier-forms. */
export function earlierFormRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/tasks/:id/earlier-forms', async (req, res) => {
    res.json(await listEarlierForms(deps, callerOf(res), req.params.id));
  });
  return router;
}
