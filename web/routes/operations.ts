/**
 * /healthz, /readyz and /metrics: for the platform, no session needed, no client data. /metrics
 * carries counts only; with a token configured it answers only a scraper presenting it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { AppError } from '../../engine/errors.js';
import type { Metrics } from '../metrics.js';
import type { Store } from '../../engine/store/Store.js';
import type { StoreHealth } from '../storeHealth.js';

/** Liveness, readiness (the store answers and the process is not shutting down, else 503) and Prometheus metrics. */
export function operationRoutes(
  health: StoreHealth,
  metrics: Metrics,
  store: Pick<Store, 'countOperations'>,
  metricsToken: string | null = null,
): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const up = await health.ready();
    const status = up ? 'ready' : health.shuttingDown ? 'shutting down' : 'store unreachable';
    res.status(up ? 200 : 503).json({ status });
  });

  // Counted as things happen: no query runs here, so scraping costs the store nothing.
  router.get('/metrics', async (req, res) => {
    if (metricsToken && !bearerMatches(req.get('authorization'), metricsToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new AppError('unauthenticated', 'the metrics need the configured bearer token');
    }
    // The kept counters of the store (one row, no scan); an unreachable store leaves the last figures.
    const counts = await store.countOperations().catch(() => null);
    if (counts) metrics.setOperationCounts(counts);
    const { contentType, text } = await metrics.render();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(text);
  });

  return router;
}

/** True when the Authorization header carries the token (compared in constant time, as digests). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(token));
}
