/** Query strings of /api/reports. */
import type { JSONSchemaType } from 'ajv';
import { queryParser } from './validate.js';

const key = { type: 'string', minLength: 1, maxLength: 200 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', nullable: true } as const;

/** ?processKey= of the stalled-paths report. */
export interface StalledQuery {
  processKey?: string;
}

export const stalledQuerySchema: JSONSchemaType<StalledQuery> = {
  type: 'object',
  properties: { processKey: { ...key, nullable: true } },
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
