/**
 * `npm run bench`: raw bpmn-engine in memory against Polku's durable engine (SQLite, WAL,
 * synchronous=FULL) on the same process, same machine, same run. Prints instances/s as medians
 * over alternating rounds, the ratio durable/raw, stored bytes per waiting instance, and the RSS
 * with many waiting instances.
 *   --instances N   instances per round (default 200)
 *   --rounds N      rounds per engine (default 5)
 *   --waiting N     waiting instances for the storage and memory figures (default 100000)
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from 'bpmn-engine';
import { createEngine } from '../engine/index.js';
import { createSqliteStore } from '../engine/store/sqlite/index.js';

const args = new Map<string, number>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), Number(process.argv[i + 1]));
const INSTANCES = args.get('instances') ?? 200;
const ROUNDS = args.get('rounds') ?? 5;
const WAITING = args.get('waiting') ?? 100_000;

/** start → 3 user tasks → exclusive gateway → end; `condition` is the approved flow's expression. */
const processXml = (condition: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="bench-defs" targetNamespace="http://polku.bench">
  <bpmn:process id="bench" isExecutable="true">
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

async function durableRound(n: number, dir: string, round: number): Promise<number> {
  const store = await createSqliteStore(join(dir, `round-${round}.sqlite`));
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
  return rate;
}

async function waitingFigures(n: number, dir: string): Promise<{ bytesPerInstance: number; rssMb: number; seconds: number }> {
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
  const bytesPerInstance = (sizeOf() - before) / n;
  await engine.close();
  return { bytesPerInstance, rssMb, seconds };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'polku-bench-'));
try {
  console.log(`Polku engine benchmark: ${INSTANCES} instances × ${ROUNDS} rounds, process start → 3 user tasks → exclusive gateway → end`);
  await rawRound(20);
  await durableRound(20, dir, -1);
  const raw: number[] = [];
  const durable: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    raw.push(await rawRound(INSTANCES));
    durable.push(await durableRound(INSTANCES, dir, r));
    console.log(`  round ${r + 1}: raw ${raw[r].toFixed(1)}/s, durable ${durable[r].toFixed(1)}/s`);
  }
  const rawMedian = median(raw);
  const durableMedian = median(durable);
  console.log(`raw bpmn-engine (in memory):      ${rawMedian.toFixed(1)} instances/s (median)`);
  console.log(`Polku durable (SQLite, FULL sync): ${durableMedian.toFixed(1)} instances/s (median)`);
  console.log(`ratio durable/raw:                ${(durableMedian / rawMedian).toFixed(2)} (median of rounds; per round: ${durable.map((d, i) => (d / raw[i]).toFixed(2)).join(', ')})`);
  if (WAITING > 0) {
    const w = await waitingFigures(WAITING, dir);
    console.log(`waiting instances:                ${WAITING} started in ${w.seconds.toFixed(0)} s`);
    console.log(`stored bytes per waiting instance: ${w.bytesPerInstance.toFixed(0)} B (SQLite file + WAL growth)`);
    console.log(`RSS with ${WAITING} waiting:        ${w.rssMb.toFixed(0)} MB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
