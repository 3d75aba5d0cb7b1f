/**
 * `npm run bench`: raw bpmn-engine in memory against Polku's durable engine (SQLite, WAL,
 * synchronous=FULL) in the same run on the same machine: in-process one instance at a time, and
 * over HTTP (a real server on 127.0.0.1) with 1 and with 8 concurrent clients. Each round runs all
 * four one after another; figures are medians over rounds, ratios the median of each round's
 * durable/raw. The default run takes a few minutes; the storage and memory figures with many
 * waiting instances only run when asked.
 *   --instances N   instances per round and engine (default 100)
 *   --rounds N      rounds (default 5)
 *   --waiting N     also start N waiting instances for stored bytes and RSS (default 0; e.g. 100000)
 *   --processes N   instead of the in-process and HTTP rounds: 1, 2, … N server processes
 *                   (web/server.ts, child processes) on one SQLite file per count, 8 clients each
 * With BENCH_PG_URL (or DATABASE_URL=postgres://…) a PostgreSQL column joins each round: the same
 * workload in-process and over HTTP with 8 clients against two server processes on one database.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from 'bpmn-engine';
import { createEngine } from '../engine/index.js';
import { createSqliteStore } from '../engine/store/sqlite/index.js';
import { startBenchServer } from './http.js';
import { startServerProcesses } from './processes.js';
import { benchPostgresUrl, openBenchStore, startPostgresServers } from './postgres.js';
import type { Store } from '../engine/store/Store.js';

const args = new Map<string, number>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), Number(process.argv[i + 1]));
const INSTANCES = args.get('instances') ?? 100;
const ROUNDS = args.get('rounds') ?? 5;
const WAITING = args.get('waiting') ?? 0;
const PROCESSES = args.get('processes') ?? 0;
const CLIENTS_PER_PROCESS = 8;

/** start → 3 user tasks → exclusive gateway → end; `condition` is the approved flow's expression. */
const processXml = (condition: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="bench-defs" targetNamespace="http://polku.bench">
  <bpmn:process id="bench" isExecutable="true" camunda:candidateStarterGroups="case-manager">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="t1"/>
    <bpmn:userTask id="t1" camunda:candidateGroups="case-manager"/>
    <bpmn:sequenceFlow id="f2" sourceRef="t1" targetRef="t2"/>
    <bpmn:userTask id="t2" camunda:candidateGroups="nurse"/>
    <bpmn:sequenceFlow id="f3" sourceRef="t2" targetRef="t3"/>
    <bpmn:userTask id="t3" camunda:candidateGroups="doctor"/>
    <bpmn:sequenceFlow id="f4" sourceRef="t3" targetRef="gw"/>
    <bpmn:exclusiveGateway id="gw" default="toOther"/>
    <bpmn:sequenceFlow id="toTeam" sourceRef="gw" targetRef="endTeam"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="toOther" sourceRef="gw" targetRef="endOther"/>
    <bpmn:endEvent id="endTeam"/>
    <bpmn:endEvent id="endOther"/>
  </bpmn:process>
</bpmn:definitions>`;

const RAW_XML = processXml('${environment.variables.approved}');
const FEEL_XML = processXml('=approved = true');

/** Raw bpmn-engine: in memory, parsing the source per instance as its README shows. */
async function rawRound(n: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const listener = new EventEmitter();
    listener.on('activity.wait', (api: { signal(m?: unknown): void; environment: { variables: Record<string, unknown> } }) => {
      api.environment.variables.approved = true;
      api.signal();
    });
    const engine = new Engine({ name: 'bench', source: RAW_XML });
    await new Promise<void>((resolve, reject) => {
      engine.once('end', () => resolve());
      engine.once('error', reject);
      void engine.execute({ listener });
    });
  }
  return n / ((performance.now() - started) / 1000);
}

async function durableRound(n: number, dir: string, round: number, pgUrl?: string): Promise<number> {
  const opened = pgUrl ? await openBenchStore(pgUrl) : null;
  const store: Store = opened ? opened.store : await createSqliteStore(join(dir, `round-${round}.sqlite`));
  const engine = await createEngine({ store, lint: false });
  await engine.deploy('bench', FEEL_XML);
  const actor = { id: 'bench', roles: ['case-manager', 'nurse', 'doctor'] };
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const instance = await engine.startInstance({ processKey: 'bench' });
    for (let step = 0; step < 3; step++) {
      const [task] = await engine.listTasks({ processInstanceId: instance.id, state: 'open', limit: 1 });
      await engine.completeTask(task.id, { data: { approved: true }, actor });
    }
  }
  const rate = n / ((performance.now() - started) / 1000);
  await engine.close();
  await opened?.dispose();
  return rate;
}

async function waitingFigures(
  n: number,
  dir: string,
): Promise<{ bytesPerInstance: number; rssMb: number; heapMb: number; seconds: number }> {
  const file = join(dir, 'waiting.sqlite');
  const store = await createSqliteStore(file);
  const engine = await createEngine({ store, lint: false });
  await engine.deploy('bench', FEEL_XML);
  const sizeOf = () => ['', '-wal'].reduce((sum, ext) => sum + (statSync(file + ext, { throwIfNoEntry: false })?.size ?? 0), 0);
  const before = sizeOf();
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    await engine.startInstance({ processKey: 'bench', variables: { approved: true } });
    if (i % 10_000 === 9_999) process.stdout.write(`  … ${i + 1} waiting\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  if (global.gc) global.gc();
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const bytesPerInstance = (sizeOf() - before) / n;
  await engine.close();
  return { bytesPerInstance, rssMb, heapMb, seconds };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function httpRound(n: number, clients: number, dir: string, name: string): Promise<number> {
  const server = await startBenchServer(dir, name, FEEL_XML);
  try {
    await server.run(5, clients); // warm the server's definition cache and connections
    return await server.run(n, clients);
  } finally {
    await server.close();
  }
}

const PG_URL = benchPostgresUrl();
const KINDS = ['in-process', 'http-1', 'http-8', ...(PG_URL ? (['pg-in-process', 'pg-http-8x2'] as const) : [])] as const;
type Kind = (typeof KINDS)[number];

/** Resident memory of a process in MB, from /proc (Linux); NaN elsewhere. */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

/**
 * Raw against 1…N server processes on one store each, round after round on the same servers;
 * the servers start (and are warmed) before the first round, so start-up is not measured.
 */
async function processRounds(dir: string): Promise<void> {
  const counts = Array.from({ length: PROCESSES }, (_, i) => i + 1);
  const began = performance.now();
  console.log(
    `Polku over HTTP with 1…${PROCESSES} server processes on one SQLite file: ${INSTANCES} instances × ${ROUNDS} rounds, ${CLIENTS_PER_PROCESS} clients per process`,
  );
  const sets = [];
  for (const count of counts) sets.push(await startServerProcesses(dir, `processes-${count}`, FEEL_XML, count));
  try {
    await rawRound(20);
    for (const [i, set] of sets.entries()) await set.run(10, CLIENTS_PER_PROCESS * counts[i]);
    const raw: number[] = [];
    const rates: number[][] = counts.map(() => []);
    for (let r = 0; r < ROUNDS; r++) {
      raw.push(await rawRound(INSTANCES));
      for (const [i, set] of sets.entries()) rates[i].push(await set.run(INSTANCES, CLIENTS_PER_PROCESS * counts[i]));
      console.log(
        `  round ${r + 1}: raw ${raw[r].toFixed(1)}/s, ${counts.map((c, i) => `${c} process${c > 1 ? 'es' : ''} ${rates[i][r].toFixed(1)}/s`).join(', ')}`,
      );
    }
    const ratio = (i: number) => median(rates[i].map((d, r) => d / raw[r]));
    console.log(`raw bpmn-engine (in memory, new Engine per instance as its README shows): ${median(raw).toFixed(1)} instances/s`);
    for (const [i, c] of counts.entries()) {
      const label = `durable over HTTP, ${c} server process${c > 1 ? 'es' : ''}, ${CLIENTS_PER_PROCESS * c} clients`;
      console.log(`${label.padEnd(52)} ${median(rates[i]).toFixed(1).padStart(6)} instances/s, ratio to raw ${ratio(i).toFixed(2)}`);
    }
    const rss = sets.flatMap((set) => set.pids.map(rssMb));
    console.log(`RSS per server process after the rounds: ${rss.map((mb) => `${mb.toFixed(0)} MB`).join(', ')}`);
    const scaling = median(rates[counts.length - 1].map((d, r) => d / rates[0][r]));
    console.log(`run took ${((performance.now() - began) / 1000).toFixed(0)} s`);
    console.log(
      `ratio durable/raw: ${counts.map((c, i) => `${c} process${c > 1 ? 'es' : ''} ${ratio(i).toFixed(2)}`).join(', ')}; ${PROCESSES} processes / 1 process ${scaling.toFixed(2)}`,
    );
  } finally {
    await Promise.all(sets.map((set) => set.close()));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'polku-bench-'));
try {
  if (PROCESSES > 0) {
    await processRounds(dir);
  } else {
    const began = performance.now();
    console.log(
      `Polku engine benchmark: ${INSTANCES} instances × ${ROUNDS} rounds, process start → 3 user tasks → exclusive gateway → end`,
    );
    await rawRound(20);
    await durableRound(20, dir, -1);
    // PostgreSQL over HTTP: two server processes on one database, started (and warmed) once.
    const pgServers = PG_URL ? await startPostgresServers(PG_URL, FEEL_XML, 2) : null;
    if (pgServers) await pgServers.run(10, 8);
    const raw: number[] = [];
    const rates = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
    for (let r = 0; r < ROUNDS; r++) {
      raw.push(await rawRound(INSTANCES));
      rates['in-process'].push(await durableRound(INSTANCES, dir, r));
      rates['http-1'].push(await httpRound(INSTANCES, 1, dir, `http1-${r}`));
      rates['http-8'].push(await httpRound(INSTANCES, 8, dir, `http8-${r}`));
      if (PG_URL && pgServers) {
        rates['pg-in-process'].push(await durableRound(INSTANCES, dir, r, PG_URL));
        rates['pg-http-8x2'].push(await pgServers.run(INSTANCES, 8));
      }
      console.log(`  round ${r + 1}: raw ${raw[r].toFixed(1)}/s, ${KINDS.map((k) => `${k} ${rates[k][r].toFixed(1)}/s`).join(', ')}`);
    }
    const ratio = (k: Kind) => median(rates[k].map((d, i) => d / raw[i]));
    console.log(`raw bpmn-engine (in memory, new Engine per instance as its README shows): ${median(raw).toFixed(1)} instances/s`);
    for (const k of KINDS) {
      const label = {
        'in-process': 'durable in-process, one at a time',
        'http-1': 'durable over HTTP, 1 client',
        'http-8': 'durable over HTTP, 8 clients',
        'pg-in-process': 'PostgreSQL in-process, one at a time',
        'pg-http-8x2': 'PostgreSQL over HTTP, 8 clients, 2 processes',
      }[k];
      console.log(`${label.padEnd(45)} ${median(rates[k]).toFixed(1).padStart(6)} instances/s, ratio to raw ${ratio(k).toFixed(2)}`);
    }
    if (WAITING > 0) {
      const w = await waitingFigures(WAITING, dir);
      console.log(
        `waiting instances:                ${WAITING} started in ${w.seconds.toFixed(0)} s (${(WAITING / w.seconds).toFixed(0)}/s)`,
      );
      console.log(`stored bytes per waiting instance: ${w.bytesPerInstance.toFixed(0)} B (SQLite file + WAL growth)`);
      console.log(
        `RSS with ${WAITING} waiting:        ${w.rssMb.toFixed(0)} MB (heap in use ${w.heapMb.toFixed(0)} MB; RSS keeps what the rounds before took)`,
      );
    }
    await pgServers?.close();
    console.log(`run took ${((performance.now() - began) / 1000).toFixed(0)} s`);
    console.log(`ratio durable/raw: ${KINDS.map((k) => `${k} ${ratio(k).toFixed(2)}`).join(', ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
