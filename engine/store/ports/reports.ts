/**
 * The managers' figures (DOMAIN.md §7–8), computed by the store: SQL aggregates over tables the
 * store keeps in step with every commit, or MongoDB aggregation. No method hands back rows for the
 * caller to count, and none returns a name, a business key or variables: pseudonyms only.
 */

/** A place in the stalled list: expectedBy ascending (most overdue first), then instance and execution. */
export interface StalledPosition {
  expectedBy: string;
  instanceId: string;
  executionId: string;
}

/** Why a step is late: past its own expected time (`late`) or one of the team-rhythm rules (engine/extensions/stalledRules.ts). */
export type StalledReason = 'late' | 'meeting-rhythm' | 'invitation-unconfirmed' | 'follow-up-missed';

/** Which late steps to list. */
export interface StalledQuery {
  /** A step is late when its expectedBy is before this. */
  now: string;
  processKey?: string;
  activityId?: string;
  /** Only steps with an open task of this role. */
  role?: string;
  /** Only paths whose engine-owned `organisation` is this. */
  organisation?: string;
  /** Only steps late for this reason. */
  reason?: StalledReason;
  limit: number;
  after?: StalledPosition | null;
}

/** A step of a running path waiting past its expected time. */
export interface StalledRow {
  instanceId: string;
  executionId: string;
  clientRef: string | null;
  processKey: string;
  version: number;
  activityId: string;
  activityName: string | null;
  /** Candidate roles of the step's open task; empty for a step without one (a wait for a message or timer). */
  roles: string[];
  since: string;
  expectedBy: string;
  organisation: string | null;
  reason: StalledReason;
}

/** Per activity of a process version: paths there now, steps done, and the wait of the done ones. */
export interface ActivityStat {
  activityId: string;
  active: number;
  completed: number;
  /** Nearest-rank percentiles of the completed steps' durations, to the minute under a day and to the hour beyond. */
  medianWaitSeconds: number | null;
  p90WaitSeconds: number | null;
}

/** Started paths of one process, source and organisation in one month (UTC). */
export interface ReferralCount {
  processKey: string;
  /** The process of the path that started this one (the service the client came through); null for a path started directly. */
  source: string | null;
  organisation: string | null;
  /** YYYY-MM */
  month: string;
  count: number;
}

/** Paths of one source, organisation and month (UTC) that met the team, and how long it took. */
export interface TeamMeetingFigures {
  /** The process of the path the client came to the team through (the team process itself for a path started there). */
  source: string;
  organisation: string | null;
  /** YYYY-MM of the path's start. */
  month: string;
  /** Paths of the source started in the month and organisation. */
  started: number;
  /** Of those, the paths whose team met the client (a `team-meeting` milestone ended). */
  reachedTeam: number;
  /** Nearest-rank median and p90 of the seconds from the path's start to its first team meeting. */
  medianToMeetingSeconds: number;
  p90ToMeetingSeconds: number;
}

/** Supported-employment outcomes counted per person and per job, as the pilot did. */
export interface OutcomeCounts {
  /** Distinct clients who have a path of the process. */
  persons: number;
  /** Distinct clients with at least one employment outcome. */
  employedPersons: number;
  /** Employment outcomes (one person may have several jobs). */
  jobs: number;
  /** Every recorded outcome value with its count of outcomes and distinct persons. */
  byOutcome: { outcome: string; count: number; persons: number }[];
}

/** A place in the late-task list: role, then expectedBy, then task id. */
export interface LatePosition {
  role: string;
  expectedBy: string;
  taskId: string;
}

/** Open tasks whose expectedBy passed in [since, now). */
export interface LateTaskQuery {
  since: string;
  now: string;
  /** Only these roles; omitted: every role. */
  roles?: string[];
  limit: number;
  after?: LatePosition | null;
}

/** An open task that became late, listed under one of its roles, with its path's pseudonym. */
export interface LateTaskRow {
  role: string;
  taskId: string;
  name: string | null;
  activityId: string;
  processKey: string;
  instanceId: string;
  clientRef: string | null;
  assignee: string | null;
  expectedBy: string;
}

/** Gauges for /metrics, read from counters the store keeps (no scan). */
export interface OperationCounts {
  openTasks: number;
  runningInstances: number;
}

/** Outcome values that count as a job (employment with or without pay subsidy, apprenticeship). */
export const JOB_OUTCOMES = [
  'employed-company',
  'employed-company-subsidy',
  'employed-city',
  'employed-city-subsidy',
  'employed-third-sector',
  'employed-third-sector-subsidy',
  'apprenticeship',
] as const;

/** The store's report queries. */
/** One path's self-rated work ability (0–10) at the start and at its latest follow-up; no identity, read only to be aggregated. */
export interface WorkAbilityScoreRow {
  processKey: string;
  /** The path's `region` variable (the regional backbone), or null. */
  region: string | null;
  municipality: string | null;
  start: number;
  /** The latest follow-up's score, or null before the first follow-up. */
  latest: number | null;
}

export interface ReportStore {
  /** Steps of running paths late at `now`, most overdue first, keyset-paged, with the open task's roles. */
  listStalled(q: StalledQuery): Promise<StalledRow[]>;
  /** Per activity of a process version: active and completed counts and the median and p90 wait, from aggregates kept per commit. */
  activityStats(processKey: string, version: number): Promise<ActivityStat[]>;
  /** Started paths per process, source, organisation and month between from and to (YYYY-MM, inclusive), ordered by month, process, source. */
  countReferrals(range: { from?: string; to?: string }): Promise<ReferralCount[]>;
  /** Paths that met the team per month, source and organisation between from and to (YYYY-MM, inclusive), with the median and p90 time to the first meeting. */
  teamMeetingFigures(range: { from?: string; to?: string }): Promise<TeamMeetingFigures[]>;
  /** Outcomes (completed tasks' `ipsOutcome`) of a process counted per person and per job. */
  countOutcomes(processKey: string): Promise<OutcomeCounts>;
  /** Open tasks that became late in [since, now), ordered by role, expectedBy, id, keyset-paged. */
  listLateTasks(q: LateTaskQuery): Promise<LateTaskRow[]>;
  /** Open tasks and running paths, from kept counters. */
  countOperations(): Promise<OperationCounts>;
  /** The self-rated work-ability scores of every path that recorded a start score (`workAbilityStart`, latest `workAbilityNow`). */
  workAbilityScores(): Promise<WorkAbilityScoreRow[]>;
}
