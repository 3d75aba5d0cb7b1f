/** Reports for managers and process owners. */
import { Router } from 'express';
import type { Caller, UseCaseDeps } from '../../engine/usecases/context.js';
import { heatmap, referrals, stalledPaths } from '../../engine/usecases/reports.js';
import { parseHeatmapQuery, parseReferralsQuery, parseStalledQuery } from '../schemas/reports.js';

/** GET /reports/stalled, /reports/heatmap, /reports/referrals. */
export function reportRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/reports/stalled', async (req, res) => {
    res.json(await stalledPaths(deps, res.locals.caller as Caller, parseStalledQuery(req.query).processKey));
  });
  router.get('/reports/heatmap', async (req, res) => {
    const q = parseHeatmapQuery(req.query);
    res.json(await heatmap(deps, res.locals.caller as Caller, q.processKey, q.version));
  });
  router.get('/reports/referrals', async (req, res) => {
    res.json(await referrals(deps, res.locals.caller as Caller, parseReferralsQuery(req.query)));
  });
  return router;
}
