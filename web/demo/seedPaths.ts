/**
 * Fictional demo client paths for a fresh demo store: for each deployed process (a few at most),
 * three paths left at different stages, moved on through the same use-cases as the API (so form
 * checks and the access log apply). A path stops early where a form needs data the demo lacks,
 * and a process that cannot start is skipped: seeding never stops the server.
 */
import { AppError } from '../../engine/errors.js';
import type { Caller, UseCaseDeps } from '../../engine/usecases/context.js';
import { startInstance } from '../../engine/usecases/instances.js';
import { completeTask } from '../../engine/usecases/tasks.js';
import type { Logger } from '../log.js';

const MAX_PROCESSES = 5;
const STAGES = 3;

async function demoCaller(deps: UseCaseDeps, username: string): Promise<Caller | null> {
  const user = await deps.store.findUserByUsername(username);
  return user ? { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles } : null;
}

/** Moves a path on by up to `steps` user tasks, each completed by the demo user of its role with empty form data. */
async function advance(deps: UseCaseDeps, instanceId: string, steps: number): Promise<void> {
  for (let step = 0; step < steps; step++) {
    const [task] = await deps.engine.listTasks({ processInstanceId: instanceId, state: 'open', limit: 1 });
    if (!task) return;
    const worker = await demoCaller(deps, task.role[0] ?? '');
    if (!worker) return;
    try {
      await completeTask(deps, worker, task.id, { data: {} });
    } catch (err) {
      if (err instanceof AppError && err.code === 'invalid_input') return; // the form wants real data: stay here
      throw err;
    }
  }
}

/** Starts the demo paths when the store has no instances; returns how many were started. */
export async function seedDemoPaths(deps: UseCaseDeps, logger: Logger): Promise<number> {
  if ((await deps.store.listInstances({ limit: 1 })).length) return 0;
  const starter = await demoCaller(deps, 'case-manager');
  if (!starter) return 0;
  let started = 0;
  const definitions = (await deps.engine.listDefinitions()).slice(0, MAX_PROCESSES);
  for (const def of definitions) {
    for (let stage = 0; stage < STAGES; stage++) {
      try {
        const instance = await startInstance(deps, starter, {
          processKey: def.processKey,
          businessKey: `DEMO-${def.processKey}-${stage + 1}`,
          variables: { demo: true, demoNote: 'Fiktiivinen esimerkkipolku (fictional demo path)' },
        });
        started++;
        await advance(deps, instance.id, stage);
      } catch (err) {
        logger.log('warn', 'demo path not seeded', { processKey: def.processKey, error: (err as Error).message });
        break;
      }
    }
  }
  return started;
}
