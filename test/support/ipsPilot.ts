/**
 * A store fixture built to the Rovaniemi/Kemijärvi IPS pilot's numbers (DOMAIN §7–8): 87 persons
 * (Rovaniemi 70, Kemijärvi 17) from eight referral sources, 47 persons employed (39 + 8, ratios 0.56
 * and 0.47, whole pilot 0.54) and 70 jobs. The pilot gives persons per source, not employment per
 * source: here the employed are the first of each municipality in source order, and the first 23 of
 * them had two jobs. Records go straight into the store, as the engine would have left them.
 */
import type { InstanceRecord, Store, TaskRecord } from '../../engine/store/Store.js';

export const SOURCES = [
  'social-services',
  'disability-services',
  'te-services',
  'employment-trial',
  'health-care',
  'school',
  'self',
  'other',
] as const;

/** Persons per source in each municipality (the pilot report), and how many of them were employed. */
export const PILOT = {
  Rovaniemi: { persons: [15, 11, 8, 18, 4, 3, 7, 4], employed: 39 },
  Kemijärvi: { persons: [1, 1, 6, 6, 1, 0, 0, 2], employed: 8 },
} as const;
/** The pilot's jobs by sector × pay subsidy, and apprenticeships (Table 2, 003 L543–553): [no subsidy, pay subsidy]. */
export const JOBS = {
  Rovaniemi: { company: [22, 7], city: [12, 9], 'third-sector': [3, 8], apprenticeship: 1 },
  Kemijärvi: { company: [1, 2], city: [1, 0], 'third-sector': [0, 3], apprenticeship: 1 },
} as const;

type Employment = { sector: string; paySubsidy: boolean; apprenticeship?: boolean; startDate: string };

/** The municipality's jobs as the episodes' employment data, in the order the fixture hands them out. */
function jobsOf(municipality: keyof typeof JOBS): Employment[] {
  const table = JOBS[municipality];
  const out: Employment[] = [];
  for (const sector of ['company', 'city', 'third-sector'] as const) {
    for (const [i, count] of table[sector].entries()) {
      for (let k = 0; k < count; k++) out.push({ sector, paySubsidy: i === 1, startDate: '2022-03-01' });
    }
  }
  for (let k = 0; k < table.apprenticeship; k++)
    out.push({ sector: 'company', paySubsidy: false, apprenticeship: true, startDate: '2022-03-01' });
  return out;
}

/** Employed persons who had a second job: 47 persons + 23 second jobs = 70 jobs. */
const SECOND_JOBS = 23;

const AT = '2023-01-02T08:00:00.000Z';

function path(id: string, variables: Record<string, unknown>): InstanceRecord {
  return {
    id,
    processKey: 'supported-employment',
    version: 1,
    deploymentId: 'dep-ips-1',
    businessKey: null,
    clientRef: `client-${id}`,
    parentInstanceId: null,
    parentExecutionId: null,
    state: 'running',
    startedAt: AT,
    endedAt: null,
    revision: 1,
    variables,
    engineState: Buffer.from([1]),
    incident: null,
  };
}

function episode(id: string, instanceId: string, ipsEvent: string, employment?: Employment): TaskRecord {
  return {
    id,
    instanceId,
    processKey: 'supported-employment',
    activityId: 'coaching',
    executionId: `exe-${id}`,
    name: 'Valmennusjakso',
    roles: ['job-coach'],
    formKey: 'ips-episode',
    assignee: 'coach',
    state: 'completed',
    createdAt: AT,
    expectedBy: null,
    completedAt: AT,
    completedBy: 'coach',
    data: employment ? { ipsEvent, employment } : { ipsEvent },
    version: 1,
  };
}

/** Writes the pilot's 87 paths and their episodes, plus one path still before intake and one other process's task (neither counts). */
export async function seedIpsPilot(store: Store): Promise<void> {
  let secondJobs = SECOND_JOBS;
  let n = 0;
  for (const [municipality, { persons, employed }] of Object.entries(PILOT)) {
    let toEmploy: number = employed;
    const jobs = jobsOf(municipality as keyof typeof JOBS);
    for (const [s, count] of persons.entries()) {
      for (let k = 0; k < count; k++) {
        const id = `ips-${++n}`;
        const tasks: TaskRecord[] = [episode(`${id}-trial`, id, 'work-trial')];
        if (toEmploy > 0) {
          toEmploy--;
          tasks.push(episode(`${id}-job1`, id, 'employment-started', jobs.shift()), episode(`${id}-end1`, id, 'employment-ended'));
          if (secondJobs > 0) {
            secondJobs--;
            tasks.push(episode(`${id}-job2`, id, 'employment-started', jobs.shift()));
          }
        }
        await store.commitStep({
          instance: path(id, { referralSource: SOURCES[s], municipality, coach: 'coach' }),
          expectedRevision: 0,
          tasks,
          timers: [],
          subscriptions: [],
          history: [],
        });
      }
    }
  }
  await store.commitStep({ instance: path('ips-waiting', {}), expectedRevision: 0, tasks: [], timers: [], subscriptions: [], history: [] });
}
