/** Payloads of /api/process-instances. */
import type { JSONSchemaType } from 'ajv';
import type { InstanceState } from '../../engine/api.js';
import { invalidInput } from '../../engine/errors.js';
import { containsHenkilotunnusWithoutSign, HENKILOTUNNUS_LIKE } from '../../forms/hetu.js';
import { bodyParser, queryParser } from './validate.js';

const variables = { type: 'object', required: [], nullable: true } as const;
const key = { type: 'string', minLength: 1, maxLength: 200 } as const;

export interface StartBody {
  processKey: string;
  version?: number;
  businessKey?: string;
  variables?: Record<string, unknown>;
  /** An existing client to join; only for a caller who may already see that client (else 404). */
  clientRef?: string;
}

export const startBodySchema: JSONSchemaType<StartBody> = {
  type: 'object',
  properties: {
    processKey: key,
    version: { type: 'integer', minimum: 1, nullable: true },
    businessKey: { ...key, nullable: true },
    variables,
    clientRef: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$', nullable: true },
  },
  required: ['processKey'],
  additionalProperties: false,
};

export interface MessageBody {
  name: string;
  variables?: Record<string, unknown>;
}

export const messageBodySchema: JSONSchemaType<MessageBody> = {
  type: 'object',
  properties: { name: key, variables },
  required: ['name'],
  additionalProperties: false,
};

export interface InstanceListQuery {
  processKey?: string;
  state?: InstanceState;
  limit?: number;
  cursor?: string;
}

export const instanceListQuerySchema: JSONSchemaType<InstanceListQuery> = {
  type: 'object',
  properties: {
    processKey: { ...key, nullable: true },
    state: { type: 'string', enum: ['running', 'completed', 'cancelled', 'failed'], nullable: true },
    limit: { type: 'integer', minimum: 1, maximum: 200, nullable: true },
    cursor: { type: 'string', maxLength: 500, nullable: true },
  },
  additionalProperties: false,
};

const parseStartBody = bodyParser(startBodySchema);

/** The start body; a business key shaped like a henkilötunnus is refused (it is shown in lists), without echoing it. */
export function parseStart(value: unknown): StartBody {
  const body = parseStartBody(value);
  if (body.businessKey && (HENKILOTUNNUS_LIKE.test(body.businessKey) || containsHenkilotunnusWithoutSign(body.businessKey))) {
    throw invalidInput('the business key must not carry a personal identity code', [
      { path: '/businessKey', message: 'no personal identity code' },
    ]);
  }
  return body;
}
export const parseMessage = bodyParser(messageBodySchema);

export interface CancelBody {
  /** Why the path is cancelled; kept in its history. */
  reason?: string;
}

export const cancelBodySchema: JSONSchemaType<CancelBody> = {
  type: 'object',
  properties: { reason: { type: 'string', minLength: 1, maxLength: 500, nullable: true } },
  additionalProperties: false,
};
export const parseCancel = bodyParser(cancelBodySchema);
export const parseInstanceListQuery = queryParser(instanceListQuerySchema);
