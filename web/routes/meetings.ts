/** The coming team meetings for the team's workers, and the coming consultation hours for the booking form. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { listConsultationHours } from '../../engine/usecases/consultationHours.js';
import { listComingMeetings } from '../../engine/usecases/meetings.js';
import { callerOf } from '../middleware/session.js';
import { parseConsultationHoursQuery, parseMeetingsQuery } from '../schemas/meetings.js';

/** GET /meetings?from&to, GET /consultation-hours?weeks. */
export function meetingRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/meetings', async (req, res) => {
    res.json(await listComingMeetings(deps, callerOf(res), parseMeetingsQuery(req.query)));
  });
  router.get('/consultation-hours', (req, res) => {
    res.json(listConsultationHours(deps, parseConsultationHoursQuery(req.query)));
  });
  return router;
}
