/** Query strings of /api/reports. */
import type { JSONSchemaType } from 'ajv';
import { queryParser } from './validate.js';

const key = { type: 'string', minLength: 1, maxLength: 200 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', nullable: true } as const;

const optionalKey = { ...key, nullable: true } as const;
const limit = { type: 'integer', minimum: 1, maximum: 500, nullable: true } as const;
const cursor = { type: 'string', maxLength: 1000, nullable: true } as const;

/** Why a step is in the stalled list (engine/extensions/stalledRules.ts). */
export const STALLED_REASONS = ['late', 'meeting-rhythm', 'invitation-unconfirmed', 'follow-up-missed'] as const;

/** Filters and page of the stalled-paths report. */
export interface StalledQuery {
  processKey?: string;
  activityId?: string;
  role?: string;
  organisation?: string;
  reason?: (typeof STALLED_REASONS)[number];
  limit?: number;
  cursor?: string;
}

export const stalledQuerySchema: JSONSchemaType<StalledQuery> = {
  type: 'object',
  properties: {
    processKey: optionalKey,
    activityId: optionalKey,
    role: optionalKey,
    organisation: optionalKey,
    reason: { type: 'string', enum: [...STALLED_REASONS], nullable: true },
    limit,
    cursor,
  },
  additionalProperties: false,
};

/** One row of the stalled list: a pseudonym and the step, never a name or variables (OpenAPI only; the use case builds it). */
export const stalledItemSchema = {
  type: 'object',
  required: ['processInstanceId', 'clientRef', 'processKey', 'version', 'activityId', 'activityName', 'role', 'organisation'],
  properties: {
    processInstanceId: { type: 'string' },
    clientRef: { type: 'string', nullable: true },
    processKey: { type: 'string' },
    version: { type: 'integer' },
    activityId: { type: 'string' },
    activityName: { type: 'string', nullable: true },
    role: { type: 'array', items: { type: 'string' } },
    organisation: { type: 'string', nullable: true },
    since: { type: 'string', format: 'date-time' },
    expectedBy: { type: 'string', format: 'date-time' },
    overdueSeconds: { type: 'integer' },
    reason: {
      type: 'string',
      enum: [...STALLED_REASONS],
      description:
        'late: past its own expected duration; meeting-rhythm: waiting for the team meeting past 15:00 Finnish time on the first odd-week Wednesday at least 7 days after coming to the team; invitation-unconfirmed: invitations not confirmed 7 days before the meeting; follow-up-missed: follow-up not done its expected duration after the follow-up date',
    },
    canOpen: { type: 'boolean' },
  },
} as const;

/** A page of the stalled list. */
export const stalledPageSchema = {
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items: stalledItemSchema }, nextCursor: { type: 'string', nullable: true } },
} as const;

/** The referral report: started paths per process, source, organisation and month, and the paths that reached the team. */
export const referralsAnswerSchema = {
  type: 'object',
  required: ['items', 'team', 'nextCursor'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          processKey: { type: 'string' },
          source: { type: 'string', nullable: true },
          organisation: { type: 'string', nullable: true },
          month: { type: 'string' },
          count: { type: 'integer' },
        },
      },
    },
    team: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          source: { type: 'string', description: 'the process of the path the client came to the team through' },
          organisation: { type: 'string', nullable: true },
          month: { type: 'string', description: "YYYY-MM of the path's start" },
          started: { type: 'integer' },
          reachedTeam: { type: 'integer', description: 'paths whose team meeting took place' },
          medianToMeetingSeconds: { type: 'integer' },
          p90ToMeetingSeconds: { type: 'integer', description: 'nearest-rank, from the path start to its first team meeting' },
        },
      },
    },
    nextCursor: { type: 'null' },
  },
} as const;

/** ?processKey= of the outcome report (supported employment by default). */
export interface OutcomesQuery {
  processKey?: string;
}

export const outcomesQuerySchema: JSONSchemaType<OutcomesQuery> = {
  type: 'object',
  properties: { processKey: optionalKey },
  additionalProperties: false,
};

/** ?since=&role=&limit=&cursor= of the late-task digest; since is an ISO date or date-time. */
export interface LateDigestQuery {
  since?: string;
  role?: string;
  limit?: number;
  cursor?: string;
}

export const lateDigestQuerySchema: JSONSchemaType<LateDigestQuery> = {
  type: 'object',
  properties: {
    since: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?$', nullable: true },
    role: optionalKey,
    limit,
    cursor,
  },
  additionalProperties: false,
};

/** ?processKey=&version= of the heatmap. */
export interface HeatmapQuery {
  processKey: string;
  version?: number;
}

export const heatmapQuerySchema: JSONSchemaType<HeatmapQuery> = {
  type: 'object',
  properties: { processKey: key, version: { type: 'integer', minimum: 1, nullable: true } },
  required: ['processKey'],
  additionalProperties: false,
};

/** ?from=&to= (YYYY-MM-DD) of the referrals report. */
export interface ReferralsQuery {
  from?: string;
  to?: string;
}

export const referralsQuerySchema: JSONSchemaType<ReferralsQuery> = {
  type: 'object',
  properties: { from: date, to: date },
  additionalProperties: false,
};

export const parseStalledQuery = queryParser(stalledQuerySchema);
export const parseHeatmapQuery = queryParser(heatmapQuerySchema);
export const parseReferralsQuery = queryParser(referralsQuerySchema);
export const parseOutcomesQuery = queryParser(outcomesQuerySchema);
export const parseLateDigestQuery = queryParser(lateDigestQuerySchema);
