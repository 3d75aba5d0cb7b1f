/** `npm start`: opens the store, the engine, seeds demo users, deploys the processes, listens. */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createEngine } from '../engine/index.js';
import type { Store } from '../engine/store/Store.js';
import { createSqliteStore } from '../engine/store/sqlite/index.js';
import * as forms from '../forms/index.js';
import { createApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { seedDemoPaths } from './demo/seedPaths.js';
import { seedDemoUsers } from './demo/seedUsers.js';
import { seedDemoClients } from './demo/seedClients.js';
import { openClientPartStore } from '../engine/clientPart/index.js';
import { configureClientSignIn } from './oidc/configure.js';
import { ClientSignIn } from './oidc/relyingParty.js';
import { loadClientSignInSettings } from './oidc/settings.js';
import { createLogger, type Logger } from './log.js';
import { Metrics } from './metrics.js';
import type { StoreHealth } from './storeHealth.js';
import { deployProcessFiles } from './processFiles.js';

/** PostgreSQL when DATABASE_URL is set, MongoDB when MONGODB_URL is (each loaded lazily, so SQLite users never load a driver), else SQLite in the data dir. */
async function openStore(config: Config, logger: Logger): Promise<Store> {
  if (config.databaseUrl) {
    const specifier = '../engine/store/postgres/index.js';
    const mod = (await import(specifier)) as typeof import('../engine/store/postgres/index.js');
    logger.log('info', 'using the PostgreSQL store');
    return mod.createPostgresStore({ url: config.databaseUrl, poolSize: config.pgPoolSize });
  }
  if (config.mongodbUrl) {
    const specifier = '../engine/store/mongodb/index.js';
    const mod = (await import(specifier)) as { createMongoStore: (url: string) => Promise<Store> };
    logger.log('info', 'using the MongoDB store');
    return mod.createMongoStore(config.mongodbUrl);
  }
  mkdirSync(config.dataDir, { recursive: true });
  return createSqliteStore(join(config.dataDir, 'polku.sqlite'));
}

/** Starts the server; resolves once it listens. SIGTERM and SIGINT shut it down gracefully. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  const config = loadConfig(env);
  const signInSettings = loadClientSignInSettings(env);
  const logger = createLogger(config.logLevel);
  const metrics = new Metrics();
  metrics.collectProcessMetrics();
  const store = await openStore(config, logger);
  // Set once the app exists: a timer step that finds the store unreachable marks it down too.
  let noteError: (err: unknown) => void = () => {};
  const engine = await createEngine({
    store,
    timerIntervalMs: config.timerIntervalMs,
    timerLeaseMs: config.timerLeaseMs,
    observer: metrics,
    onTimerError: (err) => {
      noteError(err);
      logger.log('error', 'timer failed', { error: (err as Error).message });
    },
  });

  await openClientPartStore(store, config.mongodbUrl);
  const users = await seedDemoUsers(store, { password: config.demoPassword, production: config.production });
  if (users) {
    const source = config.demoPasswordSource === 'default' ? 'the default "polku-demo"' : 'POLKU_DEMO_PASSWORD';
    console.log(`Created ${users} fictional demo users, one per role (username = role id, e.g. "nurse"); password from ${source}.`);
  }
  const deployed = await deployProcessFiles(engine, logger);
  logger.log('info', 'process files deployed; identical XML keeps its version', { processes: deployed });
  if (users) {
    // Demo paths started in the past share the store; their engines need no timer loop of their own.
    const engineAt = (at: Date) => createEngine({ store, lint: false, clock: () => at });
    const paths = await seedDemoPaths({ engine, store, forms }, logger, engineAt);
    if (paths) console.log(`Started ${paths} fictional demo client paths.`);
    await seedDemoClients({ engine, store, forms });
  }

  const clientSignIn = new ClientSignIn();
  const app = createApp({ engine, store, config, forms, logger, metrics, clientSignIn });
  noteError = (err) => app.health.noteError(err);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Polku listening on http://${config.host}:${port}`);
  // The clients' sign-in; a demo provider that cannot start (its port taken) leaves the workers' Polku running.
  await configureClientSignIn(clientSignIn, signInSettings, { production: config.production, url: `http://${config.host}:${port}` }).then(
    (demoIdp) => demoIdp && console.log(`TEST STAND-IN for the national e-identification (fictional clients only): ${demoIdp.issuer}`),
    (err: unknown) =>
      logger.log('warn', 'the demo identity provider did not start; clients cannot sign in', { error: (err as Error).message }),
  );
  if (config.production && !signInSettings.oidc)
    logger.log('warn', "no POLKU_OIDC_ISSUER: clients cannot sign in (the workers' Polku runs)");

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log('info', 'shutting down: no new requests, finishing those in flight', { signal });
    const force = setTimeout(() => {
      logger.log('error', 'shutdown grace period over; exiting with work unfinished', { graceMs: config.shutdownGraceMs });
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    stopGracefully(server, app.health, engine).then(
      () => {
        logger.log('info', 'stopped: requests answered, timer leases given back, store closed');
        process.exit(0);
      },
      (err: unknown) => {
        logger.log('error', 'shutdown failed', { error: (err as Error).message });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return server;
}

/**
 * The order of a graceful stop: readiness goes false and new requests get 503 (a proxy moves on);
 * the listener closes and the requests in flight finish, with their steps; the timer loop ends
 * its current instance and gives the leases it has not fired back; the store closes last (SQLite
 * commits the steps already handed in first).
 */
async function stopGracefully(server: Server, health: StoreHealth, engine: { close(): Promise<void> }): Promise<void> {
  health.beginShutdown();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive connection turns idle when its last response is written: close it then.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  await closed.finally(() => clearInterval(idle));
  await engine.close();
}

main().catch((err: unknown) => {
  console.error(`Polku failed to start: ${(err as Error).message}`);
  process.exit(1);
});
