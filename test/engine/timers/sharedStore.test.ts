import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

const CHILD = fileURLToPath(new URL('./claimChild.ts', import.meta.url));

interface Child {
  ready: Promise<void>;
  go(): void;
  done: Promise<{ claimed: string[]; fired: number }>;
}

/** Starts one engine child process; `ready` once it is up, `go` lets it fire, `done` gives what it printed. */
function startChild(args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise<void>((resolve) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.startsWith('ready\n')) resolve();
    });
  });
  const done = new Promise<{ claimed: string[]; fired: number }>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() as string)) : reject(new Error(`child failed (${code}): ${err}`)),
    );
  });
  return { ready, done, go: () => child.stdin.end('go\n') };
}

describe('Feature: two engine processes share one store and its timers', function () {
  this.timeout(180_000);
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
    await f.engine.deploy('dead-end', fixture('dead-end'));
  });
  afterEach(() => f.close());

  it('Scenario: 200 timers come due while two processes poll the same SQLite file. Then every timer is claimed by exactly one process and fires exactly once', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 200; n++)
      ids.push((await f.engine.startInstance({ processKey: 'deadEndTimer', variables: { route: 'health' } })).id);
    const now = new Date(Date.now() + 2 * 3600_000).toISOString();
    // Both children start firing at the same moment, once both are up.
    const children = [startChild([f.file, now]), startChild([f.file, now])];
    await Promise.race([Promise.all(children.map((c) => c.ready)), Promise.all(children.map((c) => c.done))]);
    children.forEach((c) => c.go());
    const [a, b] = await Promise.all(children.map((c) => c.done));

    const both = a.claimed.filter((id) => b.claimed.includes(id));
    expect(both, 'timers claimed by both processes').to.deep.equal([]);
    expect(new Set([...a.claimed, ...b.claimed]).size).to.equal(200);
    expect(a.fired + b.fired).to.equal(200);
    expect(a.fired, 'each process did part of the work').to.be.greaterThan(0);
    expect(b.fired, 'each process did part of the work').to.be.greaterThan(0);
    for (const id of ids) {
      const i = await f.engine.getInstance(id);
      expect(i.revision, `instance ${id}`).to.equal(2);
      expect(await openTaskIds(f.engine, id)).to.deep.equal(['check']);
    }
  });
});
