/** Process versions and migration for process owners; instance counts for operations; the known roles. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { instanceCounts, listRoles, listVersions, migrateInstances } from '../../engine/usecases/migrations.js';
import { parseInstanceCountsQuery, parseMigration } from '../schemas/migrations.js';
import { callerOf } from '../middleware/session.js';

/** GET /process-definitions/:key/versions, POST /process-definitions/:key/migrations, GET /instance-counts, GET /roles. */
export function migrationRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.get('/process-definitions/:key/versions', async (req, res) => {
    res.json({ items: await listVersions(deps, callerOf(res), req.params.key) });
  });

  router.post('/process-definitions/:key/migrations', async (req, res) => {
    res.json(await migrateInstances(deps, callerOf(res), req.params.key, parseMigration(req.body ?? {})));
  });

  router.get('/instance-counts', async (req, res) => {
    const query = parseInstanceCountsQuery(req.query);
    res.json({ items: await instanceCounts(deps, callerOf(res), query.processKey) });
  });

  router.get('/roles', (_req, res) => {
    res.json({ items: listRoles(callerOf(res)) });
  });

  return router;
}
