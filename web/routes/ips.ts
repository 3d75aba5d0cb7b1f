/** Supported employment (IPS): the coaches' caseloads and waiting list, and the employer contacts log with its weekly report. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { employerContactReport, recordEmployerContacts } from '../../engine/usecases/employerContacts.js';
import { fillFreedPlaces, ipsWaitingList } from '../../engine/usecases/ipsWaitingList.js';
import { parseEmployerContact, parseEmployerContactQuery } from '../schemas/ips.js';
import { callerOf } from '../middleware/session.js';

/** GET /ips/waiting-list, POST /ips/waiting-list/fill, POST /ips/employer-contacts, GET /reports/ips/employer-contacts. */
export function ipsRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/ips/waiting-list', async (_req, res) => {
    res.json(await ipsWaitingList(deps, callerOf(res)));
  });
  router.post('/ips/waiting-list/fill', async (_req, res) => {
    res.json(await fillFreedPlaces(deps, callerOf(res)));
  });
  router.post('/ips/employer-contacts', async (req, res) => {
    res.status(201).json(await recordEmployerContacts(deps, callerOf(res), parseEmployerContact(req.body)));
  });
  router.get('/reports/ips/employer-contacts', async (req, res) => {
    res.json(await employerContactReport(deps, callerOf(res), parseEmployerContactQuery(req.query)));
  });
  return router;
}
