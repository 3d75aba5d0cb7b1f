/** The express app: headers, request id and log, JSON bodies, session, the API, one error handler. */
import express, { type Express } from 'express';
import type { PolkuEngineApi } from '../engine/api.js';
import type { Store } from '../engine/store/Store.js';
import type { FormCatalog, UseCaseDeps } from '../engine/usecases/context.js';
import type { Config } from './config.js';
import './locals.js';
import { createLogger, type Logger } from './log.js';
import { LoginThrottle } from './loginThrottle.js';
import { noHetuInUrl } from './middleware/noHetuInUrl.js';
import { Metrics } from './metrics.js';
import { apiNotFound, errorHandler } from './middleware/errors.js';
import { jsonBody } from './middleware/jsonBody.js';
import { requestId } from './middleware/requestId.js';
import { securityHeaders } from './middleware/securityHeaders.js';
import { loadSession } from './middleware/session.js';
import { apiRoutes } from './routes/index.js';
import { clientPartRoutes } from './routes/clientPart.js';
import type { ClientSignIn } from './oidc/relyingParty.js';
import { operationRoutes } from './routes/operations.js';
import { appRoutes } from './static.js';
import { StoreHealth } from './storeHealth.js';

/** What the app is built from; the caller owns (and closes) engine and store. */
export interface AppOptions {
  engine: PolkuEngineApi;
  store: Store;
  config: Config;
  forms: FormCatalog;
  logger?: Logger;
  clock?: () => Date;
  /** The process's metrics, shared with the engine's step observer; a fresh set when omitted. */
  metrics?: Metrics;
  /** The clients' strong sign-in (OpenID Connect); without it the client's part is not served. */
  clientSignIn?: ClientSignIn;
}

/** The express app with what the server needs to run it: readiness for shutdown and the probe to stop. */
export type PolkuApp = Express & { health: StoreHealth };

/** Builds the app; it opens nothing itself (the caller owns engine and store). */
export function createApp(options: AppOptions): PolkuApp {
  const logger = options.logger ?? createLogger(options.config.logLevel);
  const deps: UseCaseDeps = { engine: options.engine, store: options.store, forms: options.forms, clock: options.clock };
  const metrics = options.metrics ?? new Metrics();
  const health = new StoreHealth(options.store, metrics, logger);
  const app = Object.assign(express(), { health });
  app.disable('x-powered-by');
  // Only a proxy named in the configuration may say who the client is (the login throttle counts per address).
  app.set('trust proxy', options.config.trustProxy);
  app.set('query parser', 'simple');
  app.use(requestId(logger, metrics));
  app.use(securityHeaders(options.config.production));
  app.use(noHetuInUrl);
  app.use(operationRoutes(health, metrics, options.store, options.config.metricsToken));
  app.use(
    '/api',
    health.gate(),
    jsonBody(),
    loadSession(deps),
    ...(options.clientSignIn ? [clientPartRoutes(deps, options.clientSignIn, options.config.production, logger)] : []),
    apiRoutes(deps, new LoginThrottle(options.store, () => (options.clock ?? (() => new Date()))().getTime()), options.config.production),
  );
  app.use(appRoutes(options.config.appDir));
  app.use(apiNotFound);
  app.use(errorHandler(logger, (err) => health.noteError(err)));
  return app;
}
