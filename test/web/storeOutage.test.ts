/**
 * A store that cannot be written: another connection holds SQLite's write lock (a stuck
 * maintenance job, a backup tool, a `sqlite3` shell left in a transaction). The server answers
 * 503, says it is not ready, writes nothing half-way, and goes on by itself once the lock is gone.
 * (Making the file unwritable does not work as a test here: the tests run as root, and an open
 * file keeps working after a chmod.)
 */
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { join } from 'node:path';
import { waitFor } from '../support/engine.js';
import { tempDir } from '../support/stores.js';
import { linearProcess } from './support/bpmn.js';
import { bootServer, seedStore, signIn, stopServer, type ServerProcess } from './support/serverProcess.js';

const PROCESS = linearProcess('outage-test', [{ id: 'check', name: 'Tarkistus', role: 'nurse' }], { starters: 'nurse' });
const PASSWORD = 'outage test password';

describe('Feature: the store becomes unavailable and comes back', function () {
  this.timeout(120_000);

  it('Scenario: another connection holds the write lock. Then requests get 503, /readyz is 503, nothing is half-written, and once the lock is gone the server is ready and the work goes on', async () => {
    const tmp = tempDir('polku-outage-');
    const file = join(tmp.dir, 'polku.sqlite');
    let server: ServerProcess | null = null;
    let lock: Database.Database | null = null;
    try {
      // Given a server on a store with a process and a nurse, and one path waiting at the nurse's task.
      await seedStore(file, PROCESS, [{ username: 'nurse', roles: ['nurse'] }], PASSWORD);
      server = await bootServer({ PORT: '0', POLKU_DATA_DIR: tmp.dir, NODE_ENV: 'production' });
      const url = server.url;
      const headers = await signIn(url, 'nurse', PASSWORD);
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        return { status: res.status, body: (await res.json()) as any };
      };
      const started = await call('POST', '/api/process-instances', { processKey: 'outage-test' });
      expect(started.status).to.equal(201);
      const [task] = (await call('GET', `/api/tasks?processInstanceId=${started.body.id}`)).body.items;

      lock = new Database(file);
      const counts = () =>
        ['instances', 'tasks', 'history', 'timers', 'audit']
          .map((t) => `${t} ${(lock!.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n}`)
          .join(', ');
      const before = counts();

      // When another connection takes the write lock and keeps it.
      lock.exec('BEGIN IMMEDIATE');

      // Then a start waits for the lock (SQLite's busy timeout), gives up and answers 503 unavailable.
      const refused = await call('POST', '/api/process-instances', { processKey: 'outage-test' });
      expect(refused.status, JSON.stringify(refused.body)).to.equal(503);
      expect(refused.body.error.code).to.equal('unavailable');
      // And from then on the server says it is not ready and answers 503 at once, reads and writes alike.
      const ready = await fetch(url + '/readyz');
      expect(ready.status).to.equal(503);
      expect(await ready.json()).to.deep.equal({ status: 'store unreachable' });
      const began = performance.now();
      expect((await call('POST', `/api/tasks/${task.id}/complete`, { data: {} })).status).to.equal(503);
      expect((await call('GET', '/api/tasks')).status).to.equal(503);
      expect(performance.now() - began, 'ms for two refused requests').to.be.below(2_000);
      expect((await fetch(url + '/healthz')).status, 'the process itself is alive').to.equal(200);
      const metrics = await (await fetch(url + '/metrics')).text();
      expect(metrics).to.match(/^polku_store_up 0$/m);
      expect(metrics).to.match(/^polku_store_errors_total [1-9]\d*$/m);

      // And nothing of the refused requests was written (the lock holder reads the committed state).
      expect(counts()).to.equal(before);

      // When the lock is given up.
      lock.exec('ROLLBACK');

      // Then the server is ready again by itself, and the refused work succeeds when sent again.
      await waitFor('/readyz to answer 200', async () => (await fetch(url + '/readyz')).status === 200, 15_000);
      expect((await call('POST', `/api/tasks/${task.id}/complete`, { data: {} })).status).to.equal(200);
      expect((await call('POST', '/api/process-instances', { processKey: 'outage-test' })).status).to.equal(201);
      expect((lock.prepare('SELECT state FROM instances WHERE id = ?').get(started.body.id) as { state: string }).state).to.equal(
        'completed',
      );
      expect(await (await fetch(url + '/metrics')).text()).to.match(/^polku_store_up 1$/m);
      expect((lock.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).to.equal('ok');
    } finally {
      lock?.close();
      if (server) await stopServer(server.child);
      tmp.dispose();
    }
  });
});
