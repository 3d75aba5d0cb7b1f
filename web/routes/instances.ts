/** Client paths: start, read, list, completed forms, messages, cancel. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { ttsPdf } from '../../engine/usecases/documents.js';
import { listPathForms } from '../../engine/usecases/pathForms.js';
import {
  cancelInstance,
  deliverMessage,
  getInstance,
  instanceConsent,
  listInstances,
  startInstance,
} from '../../engine/usecases/instances.js';
import { parseCancel, parseInstanceListQuery, parseMessage, parseStart } from '../schemas/instances.js';
import { callerOf } from '../middleware/session.js';

/** The /process-instances routes. */
export function instanceRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.post('/process-instances', async (req, res) => {
    res.status(201).json(await startInstance(deps, callerOf(res), parseStart(req.body)));
  });

  router.get('/process-instances', async (req, res) => {
    res.json(await listInstances(deps, callerOf(res), parseInstanceListQuery(req.query)));
  });

  router.get('/process-instances/:id', async (req, res) => {
    res.json(await getInstance(deps, callerOf(res), req.params.id));
  });

  router.get('/process-instances/:id/forms', async (req, res) => {
    res.json(await listPathForms(deps, callerOf(res), req.params.id));
  });

  router.get('/process-instances/:id/consent', async (req, res) => {
    res.json(await instanceConsent(deps, callerOf(res), req.params.id));
  });

  router.post('/process-instances/:id/messages', async (req, res) => {
    res.json(await deliverMessage(deps, callerOf(res), req.params.id, parseMessage(req.body)));
  });

  router.post('/process-instances/:id/cancel', async (req, res) => {
    const body = parseCancel(req.body ?? {});
    res.json(await cancelInstance(deps, callerOf(res), req.params.id, body.reason));
  });

  router.get('/process-instances/:id/documents/tts.pdf', async (req, res) => {
    const pdf = await ttsPdf(deps, callerOf(res), req.params.id);
    res.type('application/pdf').setHeader('Content-Disposition', 'inline; filename="tts.pdf"');
    res.send(pdf);
  });

  return router;
}
