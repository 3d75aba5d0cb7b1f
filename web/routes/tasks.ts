/** A worker's tasks: list, read with form, claim, unclaim, complete. */
import { Router } from 'express';
import type { Caller, UseCaseDeps } from '../../engine/usecases/context.js';
import { claimTask, completeTask, getTask, listTasks, unclaimTask } from '../../engine/usecases/tasks.js';
import { parseComplete, parseEmpty, parseTaskListQuery } from '../schemas/tasks.js';

/** The /tasks routes. */
export function taskRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  const caller = (locals: { caller?: Caller }) => locals.caller as Caller;

  router.get('/tasks', async (req, res) => {
    res.json(await listTasks(deps, caller(res.locals), parseTaskListQuery(req.query)));
  });

  router.get('/tasks/:id', async (req, res) => {
    res.json(await getTask(deps, caller(res.locals), req.params.id));
  });

  router.post('/tasks/:id/claim', async (req, res) => {
    parseEmpty(req.body ?? {});
    res.json(await claimTask(deps, caller(res.locals), req.params.id));
  });

  router.post('/tasks/:id/unclaim', async (req, res) => {
    parseEmpty(req.body ?? {});
    res.json(await unclaimTask(deps, caller(res.locals), req.params.id));
  });

  router.post('/tasks/:id/complete', async (req, res) => {
    res.json(await completeTask(deps, caller(res.locals), req.params.id, parseComplete(req.body ?? {})));
  });

  return router;
}
