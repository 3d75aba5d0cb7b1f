/** /healthz, /readyz and /metrics: for the platform, no session needed, no client data. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import type { Metrics } from '../metrics.js';

/** Liveness, readiness (the store answers, else 503) and Prometheus metrics. */
export function operationRoutes(deps: UseCaseDeps, metrics: Metrics): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const up = await deps.store.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'store unreachable' });
  });

  router.get('/metrics', async (_req, res) => {
    const storeUp = await deps.store.ping();
    // Kept counters, not a scan: /metrics is scraped often and must stay cheap at any size.
    const counts = storeUp ? await deps.store.countOperations() : { openTasks: 0, runningInstances: 0 };
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/plain; version=0.0.4').send(metrics.render({ ...counts, storeUp }));
  });

  return router;
}
