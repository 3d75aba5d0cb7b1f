/** A worker's tasks: list, counts, read with form, draft, claim, unclaim, complete. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { getDraft, saveDraft } from '../../engine/usecases/drafts.js';
import { countTasks, listTasks } from '../../engine/usecases/inbox.js';
import { claimTask, completeTask, getTask, unclaimTask } from '../../engine/usecases/tasks.js';
import { parseComplete, parseDraft, parseEmpty, parseTaskCountsQuery, parseTaskListQuery } from '../schemas/tasks.js';
import { callerOf } from '../middleware/session.js';

/** The /tasks routes. */
export function taskRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.get('/tasks', async (req, res) => {
    res.json(await listTasks(deps, callerOf(res), parseTaskListQuery(req.query)));
  });

  router.get('/tasks/counts', async (req, res) => {
    res.json(await countTasks(deps, callerOf(res), parseTaskCountsQuery(req.query)));
  });

  router.get('/tasks/:id', async (req, res) => {
    res.json(await getTask(deps, callerOf(res), req.params.id));
  });

  router.get('/tasks/:id/draft', async (req, res) => {
    res.json(await getDraft(deps, callerOf(res), req.params.id));
  });

  router.put('/tasks/:id/draft', async (req, res) => {
    res.json(await saveDraft(deps, callerOf(res), req.params.id, parseDraft(req.body).data));
  });

  router.post('/tasks/:id/claim', async (req, res) => {
    parseEmpty(req.body ?? {});
    res.json(await claimTask(deps, callerOf(res), req.params.id));
  });

  router.post('/tasks/:id/unclaim', async (req, res) => {
    parseEmpty(req.body ?? {});
    res.json(await unclaimTask(deps, callerOf(res), req.params.id));
  });

  router.post('/tasks/:id/complete', async (req, res) => {
    res.json(await completeTask(deps, callerOf(res), req.params.id, parseComplete(req.body ?? {})));
  });

  return router;
}
