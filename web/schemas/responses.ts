/**
 * JSON Schemas of the answers the web app reads (OpenAPI only; answers are built by the use cases,
 * not validated). Kept beside the request schemas so that one place says what the API returns.
 */
type Json = Record<string, unknown>;

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const time = { type: 'string', format: 'date-time' } as const;
const timeOrNull = { type: ['string', 'null'], format: 'date-time' } as const;
const list = (items: Json): Json => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items }, nextCursor: strOrNull },
});
const object = (properties: Json): Json => ({ type: 'object', required: Object.keys(properties), properties });

const task = {
  id: str,
  name: strOrNull,
  activityId: str,
  processInstanceId: str,
  processKey: str,
  role: { type: 'array', items: str },
  assignee: strOrNull,
  formKey: strOrNull,
  createdAt: time,
  expectedBy: timeOrNull,
  completedAt: timeOrNull,
  completedBy: strOrNull,
  state: { enum: ['open', 'completed', 'cancelled'] },
  version: { type: 'integer' },
};

/** Items of GET /api/tasks: the task, its path's pseudonym and whether it is late by the server's clock. */
export const taskListSchema = list(object({ ...task, clientRef: strOrNull, late: { type: 'boolean' } }));

/** GET /api/tasks/counts. */
export const taskCountsSchema = object({
  mine: { type: 'integer' },
  unassigned: { type: 'integer' },
  all: { type: 'integer' },
  late: { type: 'integer' },
});

/** GET /api/tasks/{id}/draft. */
export const draftSchema = object({ data: { type: ['object', 'null'] }, savedAt: timeOrNull });

/** PUT /api/tasks/{id}/draft. */
export const draftSavedSchema = object({ savedAt: time });

/** Items of GET /api/process-definitions. */
export const definitionListSchema = list(
  object({
    id: str,
    processKey: str,
    version: { type: 'integer' },
    name: { type: 'string', description: "the process's own name in the diagram (the deployment's name when it has none)" },
    deploymentName: str,
    deployedAt: time,
    starterRoles: { type: 'array', items: str },
    startableByMe: { type: 'boolean' },
    startFormKey: strOrNull,
  }),
);

/** GET /api/process-instances/{id}. */
export const instanceSchema = object({
  id: str,
  processKey: str,
  version: { type: 'integer' },
  businessKey: strOrNull,
  clientRef: strOrNull,
  parentInstanceId: strOrNull,
  state: { enum: ['running', 'completed', 'cancelled', 'failed'] },
  startedAt: time,
  endedAt: timeOrNull,
  variables: { type: 'object' },
  incident: strOrNull,
  active: {
    type: 'array',
    items: object({
      activityId: str,
      name: strOrNull,
      type: str,
      since: time,
      expectedBy: timeOrNull,
      assignee: strOrNull,
      assigneeName: strOrNull,
    }),
  },
  history: {
    type: 'array',
    items: object({ activityId: str, name: strOrNull, type: str, startedAt: time, endedAt: timeOrNull, by: strOrNull, byName: strOrNull }),
  },
});

/** GET /api/process-instances/{id}/forms. */
export const pathFormsSchema = list(
  object({
    taskId: str,
    activityId: str,
    name: strOrNull,
    formKey: str,
    completedAt: timeOrNull,
    completedBy: strOrNull,
    completedByName: strOrNull,
    data: { type: ['object', 'null'] },
  }),
);
