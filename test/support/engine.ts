/** Test harness: the real engine on a real SQLite file in a temp directory, or on a schema of its own on the test PostgreSQL. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolkuEngineApi } from '../../engine/api.js';
import { createEngine } from '../../engine/index.js';
import type { Store } from '../../engine/store/Store.js';
import { createSqliteStore } from '../../engine/store/sqlite/index.js';
import { openStoreAt, postgresSchemaUrl, tempDir, testPostgresUrl } from './stores.js';

export interface EngineFixture {
  engine: PolkuEngineApi;
  store: Store;
  dir: string;
  /** The SQLite file, or the postgres:// URL of the fixture's schema (`openStoreAt` opens either). */
  file: string;
  close(): Promise<void>;
}

/**
 * A fresh engine on an empty store: SQLite by default, PostgreSQL (a schema of its own on the test
 * database, dropped on close) with `postgres: true`; `lint: false` skips the project's lint rules; `clock` is the engine's.
 */
export async function givenEngine(
  options: { lint?: false; dir?: string; clock?: () => Date; postgres?: boolean } = {},
): Promise<EngineFixture> {
  const tmp = options.dir ? { dir: options.dir, dispose() {} } : tempDir();
  let dropSchema = async () => {};
  let file = join(tmp.dir, 'polku.sqlite');
  if (options.postgres) {
    const pgUrl = testPostgresUrl();
    if (!pgUrl) throw new Error('no test PostgreSQL URL');
    ({ url: file, dropSchema } = await postgresSchemaUrl(pgUrl));
  }
  const store = options.postgres ? await openStoreAt(file) : await createSqliteStore(file);
  const engine = await createEngine({ store, lint: options.lint, clock: options.clock });
  return {
    engine,
    store,
    dir: tmp.dir,
    file,
    async close() {
      await engine.close();
      await dropSchema();
      tmp.dispose();
    },
  };
}

/** Now plus a number of days, for firing timers. */
export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 24 * 3600 * 1000);
}

/** A role-holding actor for completing tasks in tests. */
export function actor(role: string, id = `demo-${role}`) {
  return { id, roles: [role] };
}

/** A BPMN fixture of the engine tests by name. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../engine/fixtures/${name}.bpmn`, import.meta.url), 'utf8');
}

/** Completes the one open task at `activityId` of an instance, as a user holding `role`. */
export async function completeOpen(
  engine: PolkuEngineApi,
  instanceId: string,
  activityId: string,
  role: string,
  data: Record<string, unknown> = {},
) {
  const tasks = await engine.listTasks({ processInstanceId: instanceId, state: 'open' });
  const task = tasks.find((t) => t.activityId === activityId);
  if (!task) throw new Error(`no open task ${activityId}; open: ${tasks.map((t) => t.activityId).join(', ')}`);
  return engine.completeTask(task.id, { data, actor: actor(role) });
}

/** Activity ids of the open tasks of an instance, sorted. */
export async function openTaskIds(engine: PolkuEngineApi, instanceId: string): Promise<string[]> {
  const tasks = await engine.listTasks({ processInstanceId: instanceId, state: 'open' });
  return tasks.map((t) => t.activityId).sort();
}

/** Polls `condition` until it holds or the deadline passes (then fails naming `what`); no fixed sleeps. */
export async function waitFor(what: string, condition: () => Promise<boolean> | boolean, deadlineMs = 20_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > until) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
