/**
 * Fictional demo client paths for a fresh demo store: for each entry process (one no other process
 * calls; a few at most), three paths left at different stages, moved on through the same use-cases
 * as the API (so form checks and the access log apply) with the fictional data of demoFormData.ts.
 * A path stops early where a form has no demo data, and a process that cannot start is skipped:
 * seeding never stops the server. The paths of a process start at different times in the past,
 * through an engine whose clock is set back, so that some are late and managers see stalled paths.
 */
import { AppError } from '../../engine/errors.js';
import type { PolkuEngineApi } from '../../engine/api.js';
import type { Caller, UseCaseDeps } from '../../engine/usecases/context.js';
import { startInstance } from '../../engine/usecases/instances.js';
import { completeTask } from '../../engine/usecases/tasks.js';
import type { Logger } from '../log.js';
import { DEMO_FORM_DATA } from './demoFormData.js';

const MAX_PROCESSES = 5;
/** How many user tasks each of a process's demo paths has done, and how many days ago it started: every stage, some late. */
const STAGES = [
  { steps: 0, daysAgo: 25 },
  { steps: 1, daysAgo: 10 },
  { steps: 3, daysAgo: 2 },
  { steps: 4, daysAgo: 12 },
  { steps: 5, daysAgo: 4 },
  { steps: 9, daysAgo: 20 },
];

/** An engine on the same store whose clock stands at `at`. */
export type EngineAt = (at: Date) => Promise<PolkuEngineApi>;

async function demoCaller(deps: UseCaseDeps, username: string): Promise<Caller | null> {
  const user = await deps.store.findUserByUsername(username);
  return user ? { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles } : null;
}

/** Moves a path on by up to `steps` user tasks, each completed by the demo user of its role with the form's demo data. */
async function advance(deps: UseCaseDeps, instanceId: string, steps: number): Promise<void> {
  for (let step = 0; step < steps; step++) {
    const [task] = await deps.engine.listTasks({ processInstanceId: instanceId, state: 'open', limit: 1 });
    if (!task) return;
    const worker = await demoCaller(deps, task.role[0] ?? '');
    const data = task.formKey ? DEMO_FORM_DATA[task.formKey] : {};
    if (!worker || !data) return;
    try {
      await completeTask(deps, worker, task.id, { data: structuredClone(data) });
    } catch (err) {
      if (err instanceof AppError && err.code === 'invalid_input') return; // the form wants real data: stay here
      throw err;
    }
  }
}

/** Keys of the deployed processes that no deployed process calls (the called ones start from their callers). */
async function entryProcesses(deps: UseCaseDeps): Promise<string[]> {
  const definitions = await deps.engine.listDefinitions();
  const called = new Set<string>();
  for (const d of definitions) {
    const xml = await deps.engine.getDefinitionXml(d.processKey, d.version);
    for (const m of xml.matchAll(/calledElement="([^"]+)"/g)) called.add(m[1]!);
  }
  return definitions.map((d) => d.processKey).filter((key) => !called.has(key));
}

/** Starts the demo paths when the store has no instances; returns how many were started. */
export async function seedDemoPaths(deps: UseCaseDeps, logger: Logger, engineAt?: EngineAt): Promise<number> {
  if ((await deps.store.listInstances({ limit: 1 })).length) return 0;
  let started = 0;
  for (const processKey of (await entryProcesses(deps)).slice(0, MAX_PROCESSES)) {
    // The demo user of the process's first starter role starts it (the case manager where the diagram names none).
    const { starterRoles } = await deps.engine.getStartInfo(processKey);
    const starter = await demoCaller(deps, starterRoles[0] ?? 'case-manager');
    if (!starter) continue;
    for (const [n, { steps, daysAgo }] of STAGES.entries()) {
      try {
        const at = new Date(Date.now() - daysAgo * 24 * 3600 * 1000);
        const then: UseCaseDeps = engineAt ? { ...deps, engine: await engineAt(at), clock: () => at } : deps;
        const instance = await startInstance(then, starter, {
          processKey,
          businessKey: `DEMO-${processKey}-${n + 1}`,
          variables: { demo: true, demoNote: 'Fiktiivinen esimerkkipolku (fictional demo path)' },
        });
        started++;
        await advance(then, instance.id, steps);
      } catch (err) {
        logger.log('warn', 'demo path not seeded', { processKey, error: (err as Error).message });
        break;
      }
    }
  }
  return started;
}
