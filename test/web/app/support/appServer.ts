/**
 * The built web app on a real Polku server (127.0.0.1, port 0, a real SQLite file) with the six
 * processes deployed, the fictional demo users (password PASSWORD) and demo paths, as `npm start` has.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createEngine } from '../../../../engine/index.js';
import * as forms from '../../../../forms/index.js';
import { seedDemoPaths } from '../../../../web/demo/seedPaths.js';
import { seedDemoUsers } from '../../../../web/demo/seedUsers.js';
import { createLogger } from '../../../../web/log.js';
import { deployProcessFiles } from '../../../../web/processFiles.js';
import { PASSWORD, startTestServer, type TestServer } from '../../support/harness.js';

export { PASSWORD };

/** Builds dist/app unless it is there (test/run.mjs builds it fresh before every full run). */
export function ensureAppBuilt(): void {
  if (existsSync('dist/app/index.html') && !process.env.POLKU_REBUILD_APP) return;
  const result = spawnSync('npm', ['run', '--silent', 'build:app'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build:app failed');
}

/** A server like `npm start`'s, on a temp store. */
export async function startAppServer(): Promise<TestServer> {
  ensureAppBuilt();
  const server = await startTestServer();
  const logger = createLogger('silent');
  await deployProcessFiles(server.engine, logger);
  await seedDemoUsers(server.store, { password: PASSWORD, production: false });
  const engineAt = (at: Date) => createEngine({ store: server.store, lint: false, clock: () => at });
  await seedDemoPaths({ engine: server.engine, store: server.store, forms }, logger, engineAt);
  // As npm start's timer loop does on its first turn: the demo paths' timers that fell due in the past fire.
  await server.engine.fireDueTimers();
  return server;
}
