/** Payloads of /api/ips (supported employment: the employer contacts log) and its report's query. */
import type { JSONSchemaType } from 'ajv';
import { bodyParser, queryParser } from './validate.js';

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** One day's employer contacts of the calling coach; no client identity. */
export interface EmployerContactBody {
  contactedOn: string;
  employers: number;
}

export const employerContactBodySchema: JSONSchemaType<EmployerContactBody> = {
  type: 'object',
  properties: { contactedOn: date, employers: { type: 'integer', minimum: 1, maximum: 100 } },
  required: ['contactedOn', 'employers'],
  additionalProperties: false,
};

/** ?from=&to= (YYYY-MM-DD) of the employer contacts report; the weeks containing them. */
export interface EmployerContactQuery {
  from?: string;
  to?: string;
}

export const employerContactQuerySchema: JSONSchemaType<EmployerContactQuery> = {
  type: 'object',
  properties: { from: { ...date, nullable: true }, to: { ...date, nullable: true } },
  additionalProperties: false,
};

export const parseEmployerContact = bodyParser(employerContactBodySchema);
export const parseEmployerContactQuery = queryParser(employerContactQuerySchema);
