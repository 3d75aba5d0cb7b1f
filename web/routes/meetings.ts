/** The coming team meetings for the team's workers. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { listComingMeetings } from '../../engine/usecases/meetings.js';
import { callerOf } from '../middleware/session.js';
import { parseMeetingsQuery } from '../schemas/meetings.js';

/** GET /meetings?from&to. */
export function meetingRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/meetings', async (req, res) => {
    res.json(await listComingMeetings(deps, callerOf(res), parseMeetingsQuery(req.query)));
  });
  return router;
}
