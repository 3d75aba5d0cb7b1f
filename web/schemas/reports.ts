/** Query strings of /api/reports. */
import type { JSONSchemaType } from 'ajv';
import { queryParser } from './validate.js';

const key = { type: 'string', minLength: 1, maxLength: 200 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', nullable: true } as const;

const optionalKey = { ...key, nullable: true } as const;
const limit = { type: 'integer', minimum: 1, maximum: 500, nullable: true } as const;
const cursor = { type: 'string', maxLength: 1000, nullable: true } as const;

/** Filters and page of the stalled-paths report. */
export interface StalledQuery {
  processKey?: string;
  activityId?: string;
  role?: string;
  organisation?: string;
  limit?: number;
  cursor?: string;
}

export const stalledQuerySchema: JSONSchemaType<StalledQuery> = {
  type: 'object',
  properties: { processKey: optionalKey, activityId: optionalKey, role: optionalKey, organisation: optionalKey, limit, cursor },
  additionalProperties: false,
};

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
