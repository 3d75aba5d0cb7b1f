/** Wires the /api router: public session and openapi routes first, then everything behind sign-in and CSRF. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import type { LoginThrottle } from '../loginThrottle.js';
import { apiNotFound } from '../middleware/errors.js';
import { requireCaller, requireCsrf } from '../middleware/session.js';
import { openApiDocument } from '../schemas/openapi.js';
import { clientRoutes } from './clients.js';
import { definitionRoutes } from './definitions.js';
import { earlierFormRoutes } from './earlierForms.js';
import { formRoutes } from './forms.js';
import { incidentRoutes } from './incidents.js';
import { instanceRoutes } from './instances.js';
import { meetingRoutes } from './meetings.js';
import { ipsRoutes } from './ips.js';
import { migrationRoutes } from './migrations.js';
import { reportRoutes } from './reports.js';
import { sessionRoutes } from './session.js';
import { taskRoutes } from './tasks.js';
import { userRoutes } from './users.js';

/** The /api router. */
export function apiRoutes(deps: UseCaseDeps, throttle: LoginThrottle, secure: boolean): Router {
  const api = Router();
  api.use(sessionRoutes(deps, throttle, secure));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(deps.forms));
  });
  api.use(requireCaller, requireCsrf);
  api.use(definitionRoutes(deps));
  api.use(instanceRoutes(deps));
  api.use(incidentRoutes(deps));
  api.use(migrationRoutes(deps));
  api.use(taskRoutes(deps));
  api.use(earlierFormRoutes(deps));
  api.use(formRoutes(deps));
  api.use(clientRoutes(deps));
  api.use(reportRoutes(deps));
  api.use(meetingRoutes(deps));
  api.use(ipsRoutes(deps));
  api.use(userRoutes(deps));
  api.use(apiNotFound);
  return api;
}
