/**
 * The engine in a child process, killed with SIGKILL at a chosen point so the crash tests can
 * prove that a restart loses no committed step and repeats none. The kill points wrap the real
 * store from outside; the engine itself has no test hooks.
 * <db> is a SQLite file or a postgres:// URL (a schema of its own on the test PostgreSQL).
 *   complete <db> <taskId> <before-commit|after-commit>
 *   timers   <db> <nowIso> <before-commit|after-commit>
 *   loop     <db>            (starts and completes paths until killed; prints each commit)
 */
import { createEngine } from '../../../engine/index.js';
import type { StepCommit } from '../../../engine/store/Store.js';
import { openStoreAt } from '../../support/stores.js';

const [mode, file, arg, killAt] = process.argv.slice(2);
const store = await openStoreAt(file);
const commit = store.commitStep.bind(store);
store.commitStep = async (step: StepCommit) => {
  if (killAt === 'before-commit') process.kill(process.pid, 'SIGKILL');
  await commit(step);
  if (killAt === 'after-commit') process.kill(process.pid, 'SIGKILL');
};
const engine = await createEngine({ store, lint: false });
const caseManager = { id: 'crash-test', roles: ['case-manager'] };

if (mode === 'complete') {
  await engine.completeTask(arg, { data: { route: 'direct' }, actor: caseManager });
} else if (mode === 'timers') {
  await engine.fireDueTimers(new Date(arg));
} else if (mode === 'loop') {
  for (;;) {
    const i = await engine.startInstance({ processKey: 'basic' });
    process.stdout.write(`started ${i.id}\n`);
    const [task] = await engine.listTasks({ processInstanceId: i.id });
    await engine.completeTask(task.id, { data: { route: 'direct' }, actor: caseManager });
    process.stdout.write(`completed ${i.id}\n`);
  }
}
process.stdout.write('finished\n');
