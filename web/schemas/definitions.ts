/** Payloads of /api/deployments and /api/process-definitions. */
import type { JSONSchemaType } from 'ajv';
import { bodyParser, queryParser } from './validate.js';

export interface DeployBody {
  name: string;
  xml: string;
  /** The change note shown in the version list. */
  note?: string;
}

export const deployBodySchema: JSONSchemaType<DeployBody> = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    xml: { type: 'string', minLength: 1 },
    note: { type: 'string', maxLength: 2000, nullable: true },
  },
  required: ['name', 'xml'],
  additionalProperties: false,
};

export interface DefinitionsQuery {
  all?: boolean;
}

export const definitionsQuerySchema: JSONSchemaType<DefinitionsQuery> = {
  type: 'object',
  properties: { all: { type: 'boolean', nullable: true } },
  additionalProperties: false,
};

export interface XmlQuery {
  version?: number;
}

export const xmlQuerySchema: JSONSchemaType<XmlQuery> = {
  type: 'object',
  properties: { version: { type: 'integer', minimum: 1, nullable: true } },
  additionalProperties: false,
};

export const parseDeploy = bodyParser(deployBodySchema);
export const parseDefinitionsQuery = queryParser(definitionsQuerySchema);
export const parseXmlQuery = queryParser(xmlQuerySchema);
