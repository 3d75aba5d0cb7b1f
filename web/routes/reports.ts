/** Reports for managers and process owners, and the late-task digest. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { ipsReport } from '../../engine/usecases/ipsReport.js';
import { lateDigest } from '../../engine/usecases/lateDigest.js';
import { workAbilityReport } from '../../engine/usecases/workAbilityReport.js';
import { heatmap, outcomes, referrals, stalledPaths } from '../../engine/usecases/reports.js';
import { parseHeatmapQuery, parseLateDigestQuery, parseOutcomesQuery, parseReferralsQuery, parseStalledQuery } from '../schemas/reports.js';
import { callerOf } from '../middleware/session.js';

/** GET /reports/stalled, /reports/heatmap, /reports/referrals, /reports/outcomes, /reports/late-digest, /reports/ips, /reports/work-ability. */
export function reportRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/reports/stalled', async (req, res) => {
    res.json(await stalledPaths(deps, callerOf(res), parseStalledQuery(req.query)));
  });
  router.get('/reports/heatmap', async (req, res) => {
    const q = parseHeatmapQuery(req.query);
    res.json(await heatmap(deps, callerOf(res), q.processKey, q.version));
  });
  router.get('/reports/referrals', async (req, res) => {
    res.json(await referrals(deps, callerOf(res), parseReferralsQuery(req.query)));
  });
  router.get('/reports/outcomes', async (req, res) => {
    res.json(await outcomes(deps, callerOf(res), parseOutcomesQuery(req.query).processKey));
  });
  router.get('/reports/late-digest', async (req, res) => {
    res.json(await lateDigest(deps, callerOf(res), parseLateDigestQuery(req.query)));
  });
  router.get('/reports/ips', async (_req, res) => {
    res.json(await ipsReport(deps, callerOf(res)));
  });
  router.get('/reports/work-ability', async (_req, res) => {
    res.json(await workAbilityReport(deps, callerOf(res)));
  });
  return router;
}
