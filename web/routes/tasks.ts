/** A worker's tasks: list, read with form, claim, unclaim, complete. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { claimTask, completeTask, getTask, listTasks, unclaimTask } from '../../engine/usecases/tasks.js';
import { parseComplete, parseEmpty, parseTaskListQuery } from '../schemas/tasks.js';
import { callerOf } from '../middleware/session.js';

/** The /tasks routes. */
export function taskRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.get('/tasks', async (req, res) => {
    res.json(await listTasks(deps, callerOf(res), parseTaskListQuery(req.query)));
  });

  router.get('/tasks/:id', async (req, res) => {
    res.json(await getTask(deps, callerOf(res), req.params.id));
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
