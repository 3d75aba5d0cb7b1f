/** Accounts (admin): list, create, change, reset a password. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { listUserChoices } from '../../engine/usecases/userChoices.js';
import { createUser, listAccountChanges, listUsers, resetPassword, updateUser } from '../../engine/usecases/users.js';
import { callerOf } from '../middleware/session.js';
import { parseNewUser, parsePassword, parseUserChoicesQuery, parseUserPatch } from '../schemas/users.js';

/** GET/POST /users, PATCH /users/:id, POST /users/:id/password; GET /users/choices for the forms' user picker; GET /account-changes (auditor). */
export function userRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/users/choices', async (req, res) => {
    const q = parseUserChoicesQuery(req.query);
    res.json(await listUserChoices(deps, callerOf(res), { taskId: q.taskId, roles: q.role.split(',') }));
  });
  router.get('/account-changes', async (_req, res) => {
    res.json(await listAccountChanges(deps, callerOf(res)));
  });
  router.get('/users', async (_req, res) => {
    res.json(await listUsers(deps, callerOf(res)));
  });
  router.post('/users', async (req, res) => {
    res.status(201).json(await createUser(deps, callerOf(res), parseNewUser(req.body)));
  });
  router.patch('/users/:id', async (req, res) => {
    res.json(await updateUser(deps, callerOf(res), req.params.id, parseUserPatch(req.body ?? {})));
  });
  router.post('/users/:id/password', async (req, res) => {
    await resetPassword(deps, callerOf(res), req.params.id, parsePassword(req.body));
    res.status(204).end();
  });
  return router;
}
