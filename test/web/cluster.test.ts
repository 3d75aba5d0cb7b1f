/**
 * Several server processes on one store: three real servers (web/server.ts in child processes,
 * port 0 on 127.0.0.1) share one SQLite file, and again one PostgreSQL database (when the test
 * PostgreSQL answers; required in CI); clients spread the paths over them, one server is
 * killed with SIGKILL and another stopped with SIGTERM in the middle of the run.
 */
import { expect } from 'chai';
import { waitFor } from '../support/engine.js';
import { postgresReachable, testPostgresUrl } from '../support/stores.js';
import { postgresShared, sqliteShared, type SharedStore } from './support/clusterStores.js';
import { bootServer, seedOpenStore, signIn, stopServer, type ServerProcess } from './support/serverProcess.js';

/** start → parallel split → nurse task b ‖ doctor task c → join → 1 s timer → end. */
const PROCESS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://polku.test" id="cluster-defs">
  <bpmn:process id="clusterPath" isExecutable="true" camunda:candidateStarterGroups="case-manager">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="split"/>
    <bpmn:parallelGateway id="split"/>
    <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="b"/>
    <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="c"/>
    <bpmn:userTask id="b" name="Hoitajan arvio" camunda:candidateGroups="nurse"/>
    <bpmn:userTask id="c" name="Lääkärin arvio" camunda:candidateGroups="doctor"/>
    <bpmn:sequenceFlow id="f4" sourceRef="b" targetRef="join"/>
    <bpmn:sequenceFlow id="f5" sourceRef="c" targetRef="join"/>
    <bpmn:parallelGateway id="join"/>
    <bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="wait"/>
    <bpmn:intermediateCatchEvent id="wait">
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f7" sourceRef="wait" targetRef="end"/>
    <bpmn:endEvent id="end"/>
  </bpmn:process>
</bpmn:definitions>`;

const PATHS = 200;
const WORKERS = 10;
const PASSWORD = 'cluster test password';

interface Node {
  name: string;
  proc: ServerProcess;
  /** False once the test stopped sending it new requests (right before it is killed or stopped). */
  up: boolean;
  served: number;
}

type Reply = { status: number; body: any } | 'lost';

const backends: { name: string; make(): Promise<SharedStore> }[] = [{ name: 'SQLite', make: async () => sqliteShared() }];
if (await postgresReachable()) backends.push({ name: 'PostgreSQL', make: () => postgresShared(testPostgresUrl()!) });

for (const backend of backends)
  describe(`Feature: three server processes share one ${backend.name} store`, function () {
    // Three servers start under tsx on a loaded 2-core machine; the run itself takes about half a minute.
    this.timeout(300_000);

    it('Scenario: 200 paths with timers and concurrent completions through three servers, one killed with SIGKILL and one stopped with SIGTERM mid-run. Then every timer fired exactly once and every path finished with the expected history', async () => {
      const shared = await backend.make();
      const nodes: Node[] = [];
      try {
        // Given a store with the process deployed and one worker holding the roles of both tasks.
        await seedOpenStore(await shared.open(), PROCESS, [{ username: 'worker', roles: ['case-manager', 'nurse', 'doctor'] }], PASSWORD);

        // And three servers on it: short timer polls and leases, so a dead server's timers come back within seconds.
        const env = {
          PORT: '0',
          ...shared.env,
          NODE_ENV: 'production',
          POLKU_TIMER_INTERVAL_MS: '200',
          POLKU_TIMER_LEASE_MS: '3000',
        };
        nodes.push({ name: 'A', proc: await bootServer(env), up: true, served: 0 });
        // The first deployed the project's processes; the other two find them deployed and start together.
        const [b, c] = await Promise.all([bootServer(env), bootServer(env)]);
        nodes.push({ name: 'B', proc: b, up: true, served: 0 }, { name: 'C', proc: c, up: true, served: 0 });
        const one = async (sql: string, ...args: unknown[]) => (await shared.all(sql, ...args))[0];

        // One sign-in on A; the session lives in the store, so B and C accept it too.
        const headers = await signIn(nodes[0].proc.url, 'worker', PASSWORD);

        let turn = 0;
        /** Sends to the next server still up; 'lost' when the connection broke (the request may or may not have been served). */
        async function call(method: string, path: string, body?: unknown): Promise<Reply> {
          const live = nodes.filter((n) => n.up);
          const node = live[turn++ % live.length]!;
          try {
            const res = await fetch(node.proc.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
            node.served++;
            return { status: res.status, body: await res.json() };
          } catch {
            return 'lost';
          }
        }

        const instanceByKey = async (key: string) =>
          (await one('SELECT id FROM instances WHERE business_key = ?', key))?.id as string | undefined;
        const taskState = async (id: string) => (await one('SELECT state FROM tasks WHERE id = ?', id))!.state as string;
        const retried = { lost: 0, unavailable: 0, conflict: 0 };
        const note = (r: Reply) => {
          if (r === 'lost') retried.lost++;
          else if (r.status === 503) retried.unavailable++;
          else if (r.status === 409) retried.conflict++;
        };

        /** Starts the path once: after a lost answer the store says whether the start was committed. */
        async function start(businessKey: string): Promise<string> {
          for (let attempt = 0; attempt < 30; attempt++) {
            const r = await call('POST', '/api/process-instances', { processKey: 'clusterPath', businessKey });
            if (r !== 'lost' && r.status === 201) return r.body.id as string;
            if (r !== 'lost' && r.status !== 503) throw new Error(`start gave ${r.status}: ${JSON.stringify(r.body)}`);
            note(r);
            const id = await instanceByKey(businessKey);
            if (id) return id;
          }
          throw new Error(`path ${businessKey} could not be started`);
        }

        async function openTasks(instanceId: string): Promise<{ id: string; activityId: string }[]> {
          for (let attempt = 0; attempt < 30; attempt++) {
            const r = await call('GET', `/api/tasks?processInstanceId=${instanceId}&state=open`);
            if (r !== 'lost' && r.status === 200) return r.body.items;
            note(r);
          }
          throw new Error(`tasks of ${instanceId} could not be listed`);
        }

        /** Completes a task once: a lost answer, a 503 or a 409 is retried on the next server unless the task is completed already. */
        async function complete(taskId: string): Promise<void> {
          for (let attempt = 0; attempt < 30; attempt++) {
            const r = await call('POST', `/api/tasks/${taskId}/complete`, { data: {} });
            if (r !== 'lost' && r.status === 200) return;
            if (r !== 'lost' && ![409, 503].includes(r.status)) throw new Error(`complete gave ${r.status}: ${JSON.stringify(r.body)}`);
            note(r);
            if ((await taskState(taskId)) === 'completed') return;
          }
          throw new Error(`task ${taskId} could not be completed`);
        }

        let started = 0;
        let sigkill: Promise<unknown> | null = null;
        let sigterm: Promise<number | null> | null = null;
        /** The run's middle: A dies at a third of the paths, B is stopped at two thirds. */
        function interrupt(): void {
          if (started === Math.floor(PATHS / 3)) {
            nodes[0].up = false;
            sigkill = nodes[0].proc.exited;
            nodes[0].proc.child.kill('SIGKILL');
          }
          if (started === Math.floor((2 * PATHS) / 3)) {
            nodes[1].up = false;
            sigterm = stopServer(nodes[1].proc.child, 'SIGTERM');
          }
        }

        // When the paths run through the servers, ten at a time, both tasks of a path completed at once.
        let next = 0;
        const ids = new Map<string, string>();
        await Promise.all(
          Array.from({ length: WORKERS }, async () => {
            while (next < PATHS) {
              const key = `cluster-${next++}`;
              const id = await start(key);
              ids.set(key, id);
              started++;
              interrupt();
              const tasks = await openTasks(id);
              expect(tasks.map((t) => t.activityId).sort(), key).to.deep.equal(['b', 'c']);
              await Promise.all(tasks.map((t) => complete(t.id)));
            }
          }),
        );

        // Then A was killed and B stopped cleanly, having given back every timer lease it held.
        expect(await nodes[0].proc.exited).to.deep.equal({ code: null, signal: 'SIGKILL' });
        await sigkill;
        expect(await sigterm, nodes[1].proc.output()).to.equal(0);
        const pidB = nodes[1].proc.child.pid;
        const heldByB = (await one(
          'SELECT COUNT(*) AS n FROM timers WHERE lease_owner LIKE ? AND lease_until > ?',
          `%:${pidB}:%`,
          new Date().toISOString(),
        ))!;
        expect(heldByB.n, 'timers still leased by the server stopped with SIGTERM').to.equal(0);
        for (const n of nodes) expect(n.served, `requests served by ${n.name}`).to.be.greaterThan(0);

        // And every path ends once its timer fired (A's leased timers come back when its lease expires).
        const completed = async () =>
          (await one(`SELECT COUNT(*) AS n FROM instances WHERE process_key = 'clusterPath' AND state = 'completed'`))!.n;
        await waitFor('every path to complete', async () => (await completed()) === PATHS, 45_000);

        const rows = (await shared.all(`SELECT business_key AS key, id, state FROM instances WHERE process_key = 'clusterPath'`)) as {
          key: string;
          id: string;
          state: string;
        }[];
        expect(rows, 'one path per business key').to.have.length(PATHS);
        expect(new Set(rows.map((r) => r.key)).size).to.equal(PATHS);
        for (const row of rows) expect(ids.get(row.key), row.key).to.equal(row.id);
        for (const row of rows) {
          const h = (await shared.all(
            'SELECT activity_id AS "activityId", ended_at AS "endedAt" FROM history WHERE instance_id = ?',
            row.id,
          )) as {
            activityId: string;
            endedAt: string | null;
          }[];
          expect(h.map((x) => x.activityId).sort(), row.key).to.deep.equal(['b', 'c', 'end', 'join', 'split', 'start', 'wait']);
          expect(
            h.every((x) => x.endedAt !== null),
            `${row.key}: every history row closed`,
          ).to.equal(true);
        }
        expect((await one('SELECT COUNT(*) AS n FROM timers'))!.n, 'timers left').to.equal(0);
        const open = (await one(
          `SELECT COUNT(*) AS n FROM tasks t JOIN instances i ON i.id = t.instance_id WHERE i.process_key = 'clusterPath' AND t.state <> 'completed'`,
        ))!;
        expect(open.n, 'tasks not completed').to.equal(0);
        // And C, which alone ran the last third, counted its timer steps and how late they fired.
        const metrics = await (await fetch(nodes[2].proc.url + '/metrics')).text();
        expect(metrics).to.match(/^polku_steps_total\{kind="timer"\} [1-9]\d*$/m);
        expect(metrics).to.match(/^polku_timer_lag_seconds_count [1-9]\d*$/m);
        expect(metrics).to.match(/^polku_process_resident_memory_bytes \d+/m);
        console.log(
          `      served A ${nodes[0].served}, B ${nodes[1].served}, C ${nodes[2].served}; retried after a lost answer ${retried.lost}, 503 ${retried.unavailable}, 409 ${retried.conflict}`,
        );
      } finally {
        await Promise.all(nodes.map((n) => stopServer(n.proc.child, 'SIGKILL')));
        await shared.dispose();
      }
    });
  });
