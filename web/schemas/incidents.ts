/** Payloads of /api/incidents and /api/process-instances/{id}/retry. */
import type { JSONSchemaType } from 'ajv';
import { bodyParser, queryParser } from './validate.js';

export interface IncidentListQuery {
  limit?: number;
  cursor?: string;
}

export const incidentListQuerySchema: JSONSchemaType<IncidentListQuery> = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 200, nullable: true },
    cursor: { type: 'string', maxLength: 500, nullable: true },
  },
  additionalProperties: false,
};

export interface RetryBody {
  variables?: Record<string, unknown>;
}

export const retryBodySchema: JSONSchemaType<RetryBody> = {
  type: 'object',
  properties: { variables: { type: 'object', required: [], nullable: true } },
  additionalProperties: false,
};

/** One item of GET /api/incidents, for the OpenAPI document. */
export const incidentItemSchema = {
  type: 'object',
  required: ['processInstanceId', 'processKey', 'version', 'activityId', 'message', 'attempts', 'occurredAt'],
  properties: {
    processInstanceId: { type: 'string' },
    processKey: { type: 'string' },
    version: { type: 'integer' },
    activityId: { type: ['string', 'null'] },
    message: { type: 'string' },
    attempts: { type: 'integer', minimum: 1 },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const parseIncidentListQuery = queryParser(incidentListQuerySchema);
export const parseRetry = bodyParser(retryBodySchema);
