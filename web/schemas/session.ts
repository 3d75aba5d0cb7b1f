/** Payloads of /api/session. */
import type { JSONSchemaType } from 'ajv';
import { bodyParser } from './validate.js';

export interface LoginBody {
  username: string;
  password: string;
}

export const loginBodySchema: JSONSchemaType<LoginBody> = {
  type: 'object',
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 100 },
    password: { type: 'string', minLength: 1, maxLength: 500 },
  },
  required: ['username', 'password'],
  additionalProperties: false,
};

export const parseLogin = bodyParser(loginBodySchema);
