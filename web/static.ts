/**
 * Serves the built React app (dist/app): hashed assets cached for a year, index.html never cached,
 * and every other non-API GET answered with the app so that deep links work.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { notFound } from '../engine/errors.js';

/** The app's routes, or an empty router when the app is not built (the API still works). */
export function appRoutes(appDir: string): Router {
  const router = Router();
  const index = join(appDir, 'index.html');
  if (!existsSync(index)) return router;
  router.use('/assets', express.static(join(appDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  // A missing asset is a 404, never the app's page (a stale page asking for an old hash must see it fail).
  router.use('/assets', (_req, _res, next) => next(notFound('asset')));
  router.use(express.static(appDir, { index: false, maxAge: '1h' }));
  router.get(/^(?!\/api(\/|$)).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
