/** The form catalogue. */
import { Router } from 'express';
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { getForm, listForms } from '../../engine/usecases/forms.js';

/** GET /forms and /forms/:formKey. */
export function formRoutes(deps: UseCaseDeps): Router {
  const router = Router();
  router.get('/forms', (_req, res) => {
    res.json(listForms(deps));
  });
  router.get('/forms/:formKey', (req, res) => {
    res.json(getForm(deps, req.params.formKey));
  });
  return router;
}
