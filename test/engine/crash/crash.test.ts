import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../../engine/index.js';
import { LEASE_MS } from '../../../engine/timers/timerFiring.js';
import { daysFromNow, fixture, givenEngine, openTaskIds, waitFor, type EngineFixture } from '../../support/engine.js';
import { openStoreAt, postgresReachable } from '../../support/stores.js';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Runs the child until it exits or is killed; resolves with its signal and output. */
function runChild(args: string[], killAfterMs?: number, afterCompleted = 0): Promise<{ signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    let timer: NodeJS.Timeout | undefined;
    if (killAfterMs) {
      // Count from the first commit (or from the n-th acknowledged step), not from the child's start-up:
      // a loaded machine starts the child slowly but must still see steps before the kill.
      const onData = () => {
        if (timer || (out.match(/^completed /gm) ?? []).length < afterCompleted) return;
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      };
      child.stdout.on('data', onData);
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code && code !== 0) reject(new Error(`child failed (${code}): ${err}`));
      else resolve({ signal, out });
    });
  });
}

// SQLite always; PostgreSQL too when the test database answers (required in CI).
const backends = [{ name: 'SQLite', postgres: false }];
if (await postgresReachable()) backends.push({ name: 'PostgreSQL', postgres: true });

for (const backend of backends)
  describe(`Feature: crash safety (SIGKILL of an engine process) on ${backend.name}`, function () {
    // Each scenario starts child processes under tsx: generous for a loaded 2-core machine.
    this.timeout(180_000);
    let f: EngineFixture;
    let instanceId: string;
    let taskId: string;

    beforeEach(async () => {
      f = await givenEngine({ lint: false, postgres: backend.postgres });
      await f.engine.deploy('basic', fixture('basic'));
      const i = await f.engine.startInstance({ processKey: 'basic' });
      instanceId = i.id;
      taskId = (await f.engine.listTasks({ processInstanceId: i.id }))[0].id;
    });
    afterEach(() => f.close());

    it('Scenario: killed before the commit of a completion. Then after restart the task is still open, and completing it again works once', async () => {
      const { signal } = await runChild(['complete', f.file, taskId, 'before-commit']);
      expect(signal).to.equal('SIGKILL');
      expect(await openTaskIds(f.engine, instanceId)).to.deep.equal(['identify']);
      expect((await f.engine.getInstance(instanceId)).revision).to.equal(1);
      await f.engine.completeTask(taskId, { data: { route: 'direct' }, actor: { id: 'x', roles: ['case-manager'] } });
      expect(await openTaskIds(f.engine, instanceId)).to.deep.equal(['team']);
    });

    it('Scenario: killed right after the commit of a completion. Then after restart the step is there exactly once and cannot run again', async () => {
      const { signal } = await runChild(['complete', f.file, taskId, 'after-commit']);
      expect(signal).to.equal('SIGKILL');
      expect(await openTaskIds(f.engine, instanceId)).to.deep.equal(['team']);
      const i = await f.engine.getInstance(instanceId);
      expect(i.revision).to.equal(2);
      expect(i.history.filter((h) => h.activityId === 'identify')).to.have.length(1);
      let code = '';
      try {
        await f.engine.completeTask(taskId, { data: {}, actor: { id: 'x', roles: ['case-manager'] } });
      } catch (err) {
        code = (err as { code: string }).code;
      }
      expect(code).to.equal('conflict');
    });

    for (const killAt of ['before-commit', 'after-commit']) {
      it(`Scenario: killed while a due timer fires (${killAt}). Then after restart, once the dead process's lease has expired, the timer fires exactly once`, async () => {
        const { signal } = await runChild(['timers', f.file, daysFromNow(6).toISOString(), killAt]);
        expect(signal).to.equal('SIGKILL');
        // The restarted engine's timer loop picks up whatever is still due once the lease expired.
        const afterLease = () => new Date(daysFromNow(6).getTime() + LEASE_MS);
        const store = await openStoreAt(f.file);
        const restarted = await createEngine({ store, lint: false, clock: afterLease, timerIntervalMs: 20 });
        const reminders = async () =>
          (await f.engine.listTasks({ processInstanceId: instanceId })).filter((t) => t.activityId === 'remind');
        await waitFor('the reminder', async () => (await reminders()).length > 0);
        await restarted.close();
        expect(await reminders()).to.have.length(1);
        expect(await f.engine.fireDueTimers(afterLease())).to.equal(0);
      });
    }

    it('Scenario: killed at a random moment in a stream of steps. Then every path is in a whole state and every acknowledged step is kept', async () => {
      let acknowledgedInAll = 0;
      for (const [afterCompleted, killAfterMs] of [
        [1, 150],
        [2, 400],
        [2, 700],
      ] as const) {
        const { out, signal } = await runChild(['loop', f.file], killAfterMs, afterCompleted);
        expect(signal).to.equal('SIGKILL');
        const acknowledged = out
          .split('\n')
          .filter((l) => l.startsWith('completed '))
          .map((l) => l.slice(10));
        const paths = await f.store.listInstances({ processKey: 'basic', limit: 10_000 });
        for (const p of paths) {
          const open = await openTaskIds(f.engine, p.id);
          const whole = (p.revision === 1 && open.join() === 'identify') || (p.revision === 2 && open.join() === 'team');
          expect(whole, `instance at revision ${p.revision} with open tasks ${open.join()}`).to.equal(true);
        }
        for (const id of acknowledged) expect((await f.engine.getInstance(id)).revision).to.equal(2);
        acknowledgedInAll += acknowledged.length;
      }
      expect(acknowledgedInAll, 'the child committed steps before it was killed').to.be.greaterThan(3);
    });
  });
