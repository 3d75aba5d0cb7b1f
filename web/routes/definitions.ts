/** Deployments and process definitions. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { definitionXml, deployProcesses, listDefinitions } from '../../engine/usecases/definitions.js';
import { parseDefinitionsQuery, parseDeploy, parseXmlQuery } from '../schemas/definitions.js';
import { callerOf } from '../middleware/session.js';

/** POST /deployments, GET /process-definitions, GET /process-definitions/:key/xml. */
export function definitionRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.post('/deployments', async (req, res) => {
    res.status(201).json(await deployProcesses(deps, callerOf(res), parseDeploy(req.body)));
  });

  router.get('/process-definitions', async (req, res) => {
    const query = parseDefinitionsQuery(req.query);
    res.json({ items: await listDefinitions(deps, callerOf(res), query.all ?? false), nextCursor: null });
  });

  router.get('/process-definitions/:key/xml', async (req, res) => {
    const query = parseXmlQuery(req.query);
    res.type('application/xml').send(await definitionXml(deps, callerOf(res), req.params.key, query.version));
  });

  return router;
}
