/**
 * The shape of the benchmark's generated paths: the project's processes with their user tasks, and
 * a deterministic random source, so runs generate the same data. One path is a process instance
 * with its steps: completed ones, then (unless the path is completed) one open step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DAY = 86_400_000;
export const ORGANISATIONS = ['rovaniemi', 'kemijarvi', 'jyvaskyla', 'laukaa'];
const IPS_OUTCOMES = ['employed-company', 'employed-city-subsidy', 'apprenticeship', 'work-trial', 'study', 'dropped-out', 'ended'];

export interface UserTaskDef {
  id: string;
  name: string;
  roles: string[];
  /** `roles` as the store keeps it in tasks.roles. */
  rolesJson: string;
}

/** The user tasks of a process file in diagram order, with their roles (candidateGroups, else the case manager). */
function userTasks(file: string): UserTaskDef[] {
  const xml = readFileSync(join('processes', file), 'utf8');
  return [...xml.matchAll(/<bpmn:userTask id="([^"]+)" name="([^"]+)"([^>]*)>/g)].map((m) => {
    const roles = /camunda:candidateGroups="([^"]+)"/.exec(m[3]!)?.[1]?.split(',') ?? ['case-manager'];
    return { id: m[1]!, name: m[2]!, roles, rolesJson: JSON.stringify(roles) };
  });
}

export const PROCESSES = [
  { key: 'referral-trial', share: 0.3, tasks: userTasks('referral-trial.bpmn') },
  { key: 'referral-social-services', share: 0.15, tasks: userTasks('referral-social-services.bpmn') },
  { key: 'team-process', share: 0.4, tasks: userTasks('team-process.bpmn') },
  { key: 'supported-employment', share: 0.15, tasks: userTasks('supported-employment.bpmn') },
];

/** A step of a path: when it began and ended (null: open now), and its expected end. */
export interface Step {
  task: UserTaskDef;
  start: number;
  end: number | null;
  expectedBy: number;
  assignee: string | null;
  outcome: string | null;
}

export interface Path {
  n: number;
  processKey: string;
  clientRef: string;
  parent: { id: string; processKey: string } | null;
  organisation: string;
  startedAt: number;
  endedAt: number | null;
  steps: Step[];
}

/**
 * A small deterministic random source (mulberry32). Not a plain LCG: successive draws of one would
 * be correlated, and then the oldest late steps would all be of one process and organisation.
 */
export class Random {
  constructor(private seed = 42) {}
  next(): number {
    let t = (this.seed = (this.seed + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
}

/** Whole seconds, so that a wait the store computes with julianday() is the same one counted here. */
const seconds = (ms: number) => ms - (ms % 1000);

/**
 * Path number `n` of `total`. 20 % are completed; the others wait at a random step, which began 0–40
 * days ago (its expected duration is 7–21 days: about half are late); earlier steps took 1–20 days
 * each. Team paths mostly come from an earlier referral path (`referrals`, filled as paths are made).
 */
export function makePath(rnd: Random, n: number, total: number, now: number, referrals: { id: string; processKey: string }[]): Path {
  const r = rnd.next();
  let acc = 0;
  const p = PROCESSES.find((x) => (acc += x.share) >= r) ?? PROCESSES[0]!;
  const completed = rnd.next() < 0.2;
  const stage = completed ? p.tasks.length : Math.floor(rnd.next() * p.tasks.length);
  const expectedDays = 7 + (n % 3) * 7;
  let cursor = seconds(now - Math.floor(rnd.next() * 40 * DAY));
  const spans: { start: number; end: number | null }[] = [];
  if (!completed) spans.unshift({ start: cursor, end: null });
  for (let k = stage - 1; k >= 0; k--) {
    const end = cursor;
    cursor = seconds(end - Math.floor((1 + rnd.next() * 19) * DAY));
    spans.unshift({ start: cursor, end });
  }
  const parent = p.key === 'team-process' && referrals.length && rnd.next() < 0.8 ? rnd.pick(referrals) : null;
  const organisation = rnd.pick(ORGANISATIONS);
  const steps = spans.map((s, k): Step => {
    const task = p.tasks[k]!;
    const open = s.end === null;
    return {
      task,
      start: s.start,
      end: s.end,
      expectedBy: s.start + expectedDays * DAY,
      assignee: open ? (rnd.next() < 0.3 ? 'someone' : null) : 'someone',
      outcome: !open && task.id === 'coaching' ? rnd.pick(IPS_OUTCOMES) : null,
    };
  });
  return {
    n,
    processKey: p.key,
    clientRef: `C${(n % Math.ceil(total * 0.8)).toString(36).padStart(6, '0')}`,
    parent,
    organisation,
    startedAt: Math.max(cursor, now - 400 * DAY),
    endedAt: completed ? spans[spans.length - 1]!.end : null,
    steps,
  };
}
