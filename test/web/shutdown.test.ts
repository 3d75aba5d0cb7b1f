/**
 * Graceful stop: a request the server has taken when SIGTERM comes is finished, step and all,
 * while new connections are refused; then the process exits 0. The request is held in flight
 * deterministically: it asks `Expect: 100-continue`, so the server says when it has taken the
 * request, and its body is sent only once the shutdown has begun.
 */
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { request } from 'node:http';
import { join } from 'node:path';
import { waitFor } from '../support/engine.js';
import { tempDir } from '../support/stores.js';
import { linearProcess } from './support/bpmn.js';
import { bootServer, seedStore, signIn, stopServer, type ServerProcess } from './support/serverProcess.js';

const PROCESS = linearProcess('shutdown-test', [{ id: 'check', name: 'Tarkistus', role: 'nurse' }], { starters: 'nurse' });
const PASSWORD = 'shutdown test password';

describe('Feature: graceful shutdown on SIGTERM', function () {
  this.timeout(90_000);

  it('Scenario: SIGTERM while a task completion is in flight. Then no new connection is taken, the completion is answered 200 with its step committed, and the process exits 0', async () => {
    const tmp = tempDir('polku-shutdown-');
    const file = join(tmp.dir, 'polku.sqlite');
    let server: ServerProcess | null = null;
    try {
      // Given a server with a path waiting at the nurse's task.
      await seedStore(file, PROCESS, [{ username: 'nurse', roles: ['nurse'] }], PASSWORD);
      server = await bootServer({ PORT: '0', POLKU_DATA_DIR: tmp.dir, NODE_ENV: 'production' });
      const url = server.url;
      const headers = await signIn(url, 'nurse', PASSWORD);
      const started = await fetch(url + '/api/process-instances', {
        method: 'POST',
        headers,
        body: JSON.stringify({ processKey: 'shutdown-test' }),
      });
      const instanceId = ((await started.json()) as { id: string }).id;
      const tasks = await fetch(`${url}/api/tasks?processInstanceId=${instanceId}`, { headers });
      const [task] = ((await tasks.json()) as { items: { id: string }[] }).items;

      // When the completion is taken by the server (100 Continue) and SIGTERM arrives before its body.
      const body = JSON.stringify({ data: {} });
      const { port } = new URL(url);
      const answer = new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: `/api/tasks/${task.id}/complete`,
            headers: { ...headers, 'content-length': Buffer.byteLength(body), expect: '100-continue' },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
          },
        );
        req.on('error', reject);
        req.on('continue', () => {
          server!.child.kill('SIGTERM');
          // Then the listener closes: a new connection is refused while this request is still open.
          waitFor(
            'new connections to be refused',
            () =>
              fetch(url + '/healthz').then(
                () => false,
                () => true,
              ),
            10_000,
          ).then(() => req.end(body), reject);
        });
        req.flushHeaders();
      });
      const { status } = await answer;

      // Then the request in flight was answered and its step is committed.
      expect(status).to.equal(200);
      const { code, signal } = await server.exited;
      expect({ code, signal }).to.deep.equal({ code: 0, signal: null });
      const db = new Database(file, { readonly: true });
      try {
        expect((db.prepare('SELECT state FROM tasks WHERE id = ?').get(task.id) as { state: string }).state).to.equal('completed');
        expect((db.prepare('SELECT state FROM instances WHERE id = ?').get(instanceId) as { state: string }).state).to.equal('completed');
      } finally {
        db.close();
      }
    } finally {
      if (server) await stopServer(server.child, 'SIGKILL');
      tmp.dispose();
    }
  });
});
