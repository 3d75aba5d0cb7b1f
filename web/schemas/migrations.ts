/** Payloads of /api/process-definitions/{key}/migrations and /versions, /api/instance-counts and /api/roles. */
import type { JSONSchemaType } from 'ajv';
import { bodyParser, queryParser } from './validate.js';

/** BPMN ids: what a mapping may name (NCName, as in the XML). */
const ELEMENT_ID = '^[A-Za-z_][A-Za-z0-9_.-]*$';

export interface MigrationBody {
  fromVersion: number;
  toVersion: number;
  mapping?: Record<string, string>;
  instanceIds?: string[];
  dryRun?: boolean;
}

export const migrationBodySchema: JSONSchemaType<MigrationBody> = {
  type: 'object',
  properties: {
    fromVersion: { type: 'integer', minimum: 1 },
    toVersion: { type: 'integer', minimum: 1 },
    mapping: {
      type: 'object',
      nullable: true,
      required: [],
      maxProperties: 500,
      propertyNames: { type: 'string', pattern: ELEMENT_ID, maxLength: 200 },
      additionalProperties: { type: 'string', pattern: ELEMENT_ID, maxLength: 200 },
    },
    instanceIds: { type: 'array', nullable: true, maxItems: 1000, items: { type: 'string', minLength: 1, maxLength: 100 } },
    dryRun: { type: 'boolean', nullable: true },
  },
  required: ['fromVersion', 'toVersion'],
  additionalProperties: false,
};

export interface InstanceCountsQuery {
  processKey?: string;
}

export const instanceCountsQuerySchema: JSONSchemaType<InstanceCountsQuery> = {
  type: 'object',
  properties: { processKey: { type: 'string', minLength: 1, maxLength: 200, nullable: true } },
  additionalProperties: false,
};

/** The answer of a migration, for the OpenAPI document. */
export const migrationResultSchema = {
  type: 'object',
  required: ['migrated', 'refused'],
  properties: {
    migrated: { type: 'array', items: { type: 'string' } },
    refused: {
      type: 'array',
      items: { type: 'object', required: ['id', 'reason'], properties: { id: { type: 'string' }, reason: { type: 'string' } } },
    },
  },
} as const;

/** One version of GET /api/process-definitions/{key}/versions, for the OpenAPI document. */
export const versionItemSchema = {
  type: 'object',
  required: ['processKey', 'version', 'name', 'deployedAt', 'deployedBy', 'note', 'running', 'failed'],
  properties: {
    processKey: { type: 'string' },
    version: { type: 'integer' },
    name: { type: 'string' },
    deployedAt: { type: 'string', format: 'date-time' },
    deployedBy: { type: ['string', 'null'], description: 'display name of the deployer, else their id' },
    note: { type: ['string', 'null'], description: "the deployer's change note" },
    running: { type: 'integer', description: 'running paths on this version' },
    failed: { type: 'integer', description: 'paths in an incident on this version' },
  },
} as const;

export const parseMigration = bodyParser(migrationBodySchema);
export const parseInstanceCountsQuery = queryParser(instanceCountsQuerySchema);
