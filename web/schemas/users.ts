/** Payloads of /api/users (admin). */
import type { JSONSchemaType } from 'ajv';
import { ROLES } from '../../engine/roles.js';
import { bodyParser, queryParser } from './validate.js';

const roles = {
  type: 'array',
  items: { type: 'string', enum: [...ROLES] },
  minItems: 1,
  maxItems: ROLES.length,
  uniqueItems: true,
} as const;
/** A display name with something to read: blank or whitespace-only names are refused (a name is never an identity, but must show who). */
const displayName = { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' } as const;
const password = { type: 'string', minLength: 1, maxLength: 500 } as const;

export interface NewUserBody {
  username: string;
  displayName: string;
  roles: string[];
  password: string;
}

export const newUserBodySchema: JSONSchemaType<NewUserBody> = {
  type: 'object',
  properties: {
    username: { type: 'string', minLength: 2, maxLength: 64, pattern: '^[a-z0-9][a-z0-9._-]*$' },
    displayName,
    roles: roles as unknown as JSONSchemaType<string[]>,
    password,
  },
  required: ['username', 'displayName', 'roles', 'password'],
  additionalProperties: false,
};

export interface UserPatchBody {
  displayName?: string;
  roles?: string[];
  disabled?: boolean;
}

export const userPatchBodySchema: JSONSchemaType<UserPatchBody> = {
  type: 'object',
  properties: {
    displayName: { ...displayName, nullable: true },
    roles: { ...(roles as unknown as JSONSchemaType<string[]>), nullable: true } as JSONSchemaType<UserPatchBody>['properties']['roles'],
    disabled: { type: 'boolean', nullable: true },
  },
  additionalProperties: false,
};

export interface PasswordBody {
  password: string;
}

export const passwordBodySchema: JSONSchemaType<PasswordBody> = {
  type: 'object',
  properties: { password },
  required: ['password'],
  additionalProperties: false,
};

export const parseNewUser = bodyParser(newUserBodySchema);
export const parseUserPatch = bodyParser(userPatchBodySchema);
export const parsePassword = bodyParser(passwordBodySchema);

/** ?taskId=&role= of the user picker: the open task whose form offers the choice, and the roles (comma-separated). */
export interface UserChoicesQuery {
  taskId: string;
  role: string;
}

export const userChoicesQuerySchema: JSONSchemaType<UserChoicesQuery> = {
  type: 'object',
  properties: {
    taskId: { type: 'string', minLength: 1, maxLength: 100 },
    role: { type: 'string', pattern: '^[a-z-]{2,40}(,[a-z-]{2,40}){0,15}$' },
  },
  required: ['taskId', 'role'],
  additionalProperties: false,
};

export const parseUserChoicesQuery = queryParser(userChoicesQuerySchema);
