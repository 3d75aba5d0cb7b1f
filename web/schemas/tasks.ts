/** Payloads of /api/tasks. */
import type { JSONSchemaType } from 'ajv';
import type { TaskQuery } from '../../engine/usecases/inbox.js';
import { bodyParser, queryParser } from './validate.js';

export interface CompleteBody {
  data?: Record<string, unknown>;
  version?: number;
}

export const completeBodySchema: JSONSchemaType<CompleteBody> = {
  type: 'object',
  properties: {
    data: { type: 'object', required: [], nullable: true },
    version: { type: 'integer', minimum: 1, nullable: true },
  },
  additionalProperties: false,
};

export const taskListQuerySchema: JSONSchemaType<TaskQuery> = {
  type: 'object',
  properties: {
    state: { type: 'string', enum: ['open', 'completed', 'cancelled'], nullable: true },
    assignee: { type: 'string', enum: ['me', 'unassigned', 'any'], nullable: true },
    late: { type: 'boolean', nullable: true },
    clientRef: { type: 'string', minLength: 1, maxLength: 100, nullable: true },
    processKey: { type: 'string', minLength: 1, maxLength: 200, nullable: true },
    processInstanceId: { type: 'string', minLength: 1, maxLength: 100, nullable: true },
    limit: { type: 'integer', minimum: 1, maximum: 200, nullable: true },
    cursor: { type: 'string', maxLength: 500, nullable: true },
  },
  additionalProperties: false,
};

/** ?processKey=&clientRef= of the inbox counts. */
export interface TaskCountsQuery {
  processKey?: string;
  clientRef?: string;
}

export const taskCountsQuerySchema: JSONSchemaType<TaskCountsQuery> = {
  type: 'object',
  properties: {
    processKey: { type: 'string', minLength: 1, maxLength: 200, nullable: true },
    clientRef: { type: 'string', minLength: 1, maxLength: 100, nullable: true },
  },
  additionalProperties: false,
};

/** A draft: any object (the parser refuses prototype keys at any depth); the form is not checked. */
export interface DraftBody {
  data: Record<string, unknown>;
}

export const draftBodySchema: JSONSchemaType<DraftBody> = {
  type: 'object',
  properties: { data: { type: 'object', required: [] } },
  required: ['data'],
  additionalProperties: false,
};

/** An empty body, for actions such as claim and cancel. */
export const emptyBodySchema: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
} as unknown as JSONSchemaType<Record<string, never>>;

export const parseComplete = bodyParser(completeBodySchema);
export const parseTaskListQuery = queryParser(taskListQuerySchema);
export const parseTaskCountsQuery = queryParser(taskCountsQuerySchema);
export const parseDraft = bodyParser(draftBodySchema);
export const parseEmpty = bodyParser(emptyBodySchema);
