/** OpenAPI 3.1 of the HTTP API, generated from the same schemas the routes validate with, plus the form schemas. */
import type { FormCatalog } from '../../engine/usecases/context.js';
import { deployBodySchema } from './definitions.js';
import { newUserBodySchema, passwordBodySchema, userChoicesQuerySchema, userPatchBodySchema } from './users.js';
import { incidentItemSchema, incidentListQuerySchema, retryBodySchema } from './incidents.js';
import { cancelBodySchema, instanceListQuerySchema, messageBodySchema, startBodySchema } from './instances.js';
import { instanceCountsQuerySchema, migrationBodySchema, migrationResultSchema, versionItemSchema } from './migrations.js';
import {
  heatmapQuerySchema,
  lateDigestQuerySchema,
  outcomesQuerySchema,
  referralsAnswerSchema,
  referralsQuerySchema,
  stalledPageSchema,
  stalledQuerySchema,
} from './reports.js';
import { consultationHoursQuerySchema, meetingListSchema, meetingsQuerySchema } from './meetings.js';
import { employerContactBodySchema, employerContactQuerySchema } from './ips.js';
import { loginBodySchema } from './session.js';
import {
  definitionListSchema,
  draftSavedSchema,
  draftSchema,
  instanceSchema,
  pathFormsSchema,
  taskCountsSchema,
  taskListSchema,
} from './responses.js';
import { completeBodySchema, draftBodySchema, taskCountsQuerySchema, taskListQuerySchema } from './tasks.js';

type Json = Record<string, unknown>;

const errorSchema: Json = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: {
          enum: [
            'invalid_input',
            'invalid_bpmn',
            'unauthenticated',
            'forbidden',
            'not_found',
            'conflict',
            'too_large',
            'unsupported_media_type',
            'rate_limited',
            'internal',
            'unavailable',
          ],
        },
        message: { type: 'string' },
        details: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

/** ajv's `nullable` is not JSON Schema 2020-12: turn `nullable: true` into a type union. */
function toOpenApi(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toOpenApi);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) if (k !== 'nullable') out[k] = toOpenApi(v);
  const s = schema as Json;
  if (s.nullable === true && typeof s.type === 'string') out.type = [s.type, 'null'];
  return out;
}

function queryParameters(schema: { properties?: Json; required?: string[] }): Json[] {
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: (schema.required ?? []).includes(name),
    schema: toOpenApi(s),
  }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: 'error', ...json(ref('Error')) }]));
const ok = (status: number, description: string, schema: unknown = { type: 'object' }) => ({ [status]: { description, ...json(schema) } });
const body = (name: string) => ({ required: true, ...json(ref(name)) });
const idParam = (name = 'id') => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const CHANGE = [400, 401, 403, 404, 409, 413, 415];

/** The OpenAPI document; form schemas appear as components named `form.<formKey>`. */
export function openApiDocument(forms: FormCatalog): Json {
  const formSchemas = Object.fromEntries(forms.listFormKeys().map((k) => [`form.${k}`, forms.getForm(k)?.schema ?? {}]));
  return {
    openapi: '3.1.0',
    info: { title: 'Polku API', version: '1', description: 'Work-ability support paths as BPMN processes (shared/API.md).' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'polku_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      },
      schemas: {
        Error: errorSchema,
        LoginBody: toOpenApi(loginBodySchema),
        DeployBody: toOpenApi(deployBodySchema),
        StartBody: toOpenApi(startBodySchema),
        MessageBody: toOpenApi(messageBodySchema),
        CompleteBody: toOpenApi(completeBodySchema),
        DraftBody: toOpenApi(draftBodySchema),
        TaskList: taskListSchema,
        TaskCounts: taskCountsSchema,
        Draft: draftSchema,
        DraftSaved: draftSavedSchema,
        DefinitionList: definitionListSchema,
        Instance: instanceSchema,
        PathForms: pathFormsSchema,
        NewUserBody: toOpenApi(newUserBodySchema),
        UserPatchBody: toOpenApi(userPatchBodySchema),
        PasswordBody: toOpenApi(passwordBodySchema),
        RetryBody: toOpenApi(retryBodySchema),
        EmployerContactBody: toOpenApi(employerContactBodySchema),
        Incident: incidentItemSchema,
        CancelBody: toOpenApi(cancelBodySchema),
        MigrationBody: toOpenApi(migrationBodySchema),
        MigrationResult: migrationResultSchema,
        Version: versionItemSchema,
        StalledPage: toOpenApi(stalledPageSchema),
        Referrals: toOpenApi(referralsAnswerSchema),
        ...formSchemas,
      },
    },
    security: [{ session: [], csrf: [] }],
    paths: {
      '/api/session': {
        post: { security: [], requestBody: body('LoginBody'), responses: { ...ok(200, 'signed in'), ...errors(400, 401, 429) } },
        get: { security: [{ session: [] }], responses: { ...ok(200, 'the session'), ...errors(401) } },
        delete: { responses: { 204: { description: 'signed out' }, ...errors(401, 403) } },
      },
      '/api/deployments': { post: { requestBody: body('DeployBody'), responses: { ...ok(201, 'deployed'), ...errors(...CHANGE) } } },
      '/api/process-definitions': {
        get: {
          parameters: [{ name: 'all', in: 'query', schema: { type: 'boolean' } }],
          responses: { ...ok(200, 'definitions with who may start them', ref('DefinitionList')), ...errors(401) },
        },
      },
      '/api/process-definitions/{key}/xml': {
        get: {
          parameters: [idParam('key'), { name: 'version', in: 'query', schema: { type: 'integer' } }],
          responses: {
            200: { description: 'BPMN XML', content: { 'application/xml': { schema: { type: 'string' } } } },
            ...errors(401, 404),
          },
        },
      },
      '/api/process-definitions/{key}/versions': {
        get: {
          parameters: [idParam('key')],
          responses: {
            ...ok(200, 'every version with the paths on it (process-owner)', {
              type: 'object',
              required: ['items'],
              properties: { items: { type: 'array', items: ref('Version') } },
            }),
            ...errors(401, 403, 404),
          },
        },
      },
      '/api/process-definitions/{key}/migrations': {
        post: {
          description:
            'Moves running paths to another version (process-owner); each moves in one commit. Activities map to the same id unless `mapping` says otherwise. `dryRun` changes nothing.',
          parameters: [idParam('key')],
          requestBody: body('MigrationBody'),
          responses: {
            ...ok(200, 'the paths moved (or movable) and why the others are not', ref('MigrationResult')),
            ...errors(...CHANGE),
          },
        },
      },
      '/api/instance-counts': {
        get: {
          parameters: queryParameters(instanceCountsQuerySchema as { properties?: Json }),
          responses: { ...ok(200, 'instances per process, version and state (process-owner, operations)'), ...errors(400, 401, 403) },
        },
      },
      '/api/roles': { get: { responses: { ...ok(200, 'the known role ids (process-owner)'), ...errors(401, 403) } } },
      '/api/process-instances': {
        get: {
          parameters: queryParameters(instanceListQuerySchema as { properties?: Json }),
          responses: { ...ok(200, 'instances'), ...errors(400, 401) },
        },
        post: {
          description:
            "403 when the caller holds none of the process's starter roles; 400 with one detail per field when the variables fail its start form.",
          requestBody: body('StartBody'),
          responses: { ...ok(201, 'started'), ...errors(...CHANGE) },
        },
      },
      '/api/process-instances/{id}': {
        get: {
          parameters: [idParam()],
          responses: { ...ok(200, 'instance with the names of the people on it', ref('Instance')), ...errors(401, 404) },
        },
      },
      '/api/process-instances/{id}/forms': {
        get: {
          parameters: [idParam()],
          responses: { ...ok(200, 'the completed forms of the path, oldest first', ref('PathForms')), ...errors(401, 404) },
        },
      },
      '/api/process-instances/{id}/messages': {
        post: { parameters: [idParam()], requestBody: body('MessageBody'), responses: { ...ok(200, 'delivered'), ...errors(...CHANGE) } },
      },
      '/api/process-instances/{id}/retry': {
        post: {
          parameters: [idParam()],
          requestBody: body('RetryBody'),
          responses: { ...ok(200, 'the failed step ran again'), ...errors(...CHANGE) },
        },
      },
      '/api/incidents': {
        get: {
          parameters: queryParameters(incidentListQuerySchema as { properties?: Json }),
          responses: {
            ...ok(200, 'paths in an incident', {
              type: 'object',
              required: ['items', 'nextCursor'],
              properties: { items: { type: 'array', items: ref('Incident') }, nextCursor: { type: ['string', 'null'] } },
            }),
            ...errors(400, 401, 403),
          },
        },
      },
      '/api/process-instances/{id}/cancel': {
        post: {
          parameters: [idParam()],
          requestBody: { required: false, ...json(ref('CancelBody')) },
          responses: { ...ok(200, 'cancelled; a reason is kept in the history'), ...errors(...CHANGE) },
        },
      },
      '/api/process-instances/{id}/consent': {
        get: {
          parameters: [idParam()],
          responses: { ...ok(200, 'the Y100 consent: {status: given|declined|none, parties, recordedAt}'), ...errors(401, 404) },
        },
      },
      '/api/process-instances/{id}/documents/tts.pdf': {
        get: {
          parameters: [idParam()],
          responses: {
            200: { description: 'the TTS', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
            ...errors(401, 404, 409),
          },
        },
      },
      '/api/tasks': {
        get: {
          description:
            "Open tasks of the caller's roles by expectedBy (none last), createdAt, id. assignee: me | unassigned | any; without it, mine or unassigned.",
          parameters: queryParameters(taskListQuerySchema as { properties?: Json }),
          responses: { ...ok(200, 'tasks', ref('TaskList')), ...errors(400, 401) },
        },
      },
      '/api/tasks/counts': {
        get: {
          parameters: queryParameters(taskCountsQuerySchema as { properties?: Json }),
          responses: { ...ok(200, 'open tasks per inbox filter', ref('TaskCounts')), ...errors(400, 401) },
        },
      },
      '/api/tasks/{id}/draft': {
        get: { parameters: [idParam()], responses: { ...ok(200, "the caller's draft, or nulls", ref('Draft')), ...errors(401, 404) } },
        put: {
          parameters: [idParam()],
          requestBody: body('DraftBody'),
          responses: { ...ok(200, 'saved', ref('DraftSaved')), ...errors(400, 401, 403, 404, 413, 415) },
        },
      },
      '/api/tasks/{id}': { get: { parameters: [idParam()], responses: { ...ok(200, 'task with form and data'), ...errors(401, 404) } } },
      '/api/tasks/{id}/claim': { post: { parameters: [idParam()], responses: { ...ok(200, 'claimed'), ...errors(...CHANGE) } } },
      '/api/tasks/{id}/unclaim': { post: { parameters: [idParam()], responses: { ...ok(200, 'released'), ...errors(...CHANGE) } } },
      '/api/tasks/{id}/complete': {
        post: { parameters: [idParam()], requestBody: body('CompleteBody'), responses: { ...ok(200, 'completed'), ...errors(...CHANGE) } },
      },
      '/api/forms': { get: { responses: { ...ok(200, 'forms'), ...errors(401) } } },
      '/api/forms/{formKey}': { get: { parameters: [idParam('formKey')], responses: { ...ok(200, 'form'), ...errors(401, 404) } } },
      '/api/clients/{clientRef}/timeline': {
        get: { parameters: [idParam('clientRef')], responses: { ...ok(200, 'paths and tasks of the client'), ...errors(401, 404) } },
      },
      '/api/clients/{clientRef}/access-log': {
        get: { parameters: [idParam('clientRef')], responses: { ...ok(200, 'access log'), ...errors(401, 404) } },
      },
      '/api/clients/{clientRef}/export': {
        get: {
          parameters: [idParam('clientRef')],
          responses: {
            ...ok(200, 'subject-access export: paths, task data, history, TTS PDFs (base64); responsible person and auditor'),
            ...errors(401, 404),
          },
        },
      },
      '/api/clients/{clientRef}/erase': {
        post: {
          parameters: [idParam('clientRef')],
          responses: { ...ok(200, '{clientRef, erasedPaths}; auditor, after the retention period'), ...errors(...CHANGE) },
        },
      },
      '/api/reports/stalled': {
        get: {
          parameters: queryParameters(stalledQuerySchema as { properties?: Json }),
          responses: {
            ...ok(200, 'stalled paths, most overdue first, with the reason each is late', ref('StalledPage')),
            ...errors(400, 401, 403),
          },
        },
      },
      '/api/reports/heatmap': {
        get: {
          parameters: queryParameters(heatmapQuerySchema as { properties?: Json }),
          responses: { ...ok(200, 'waits per activity'), ...errors(400, 401, 403, 404) },
        },
      },
      '/api/reports/ips': {
        get: {
          responses: {
            ...ok(
              200,
              'supported-employment figures: persons, employed persons, jobs and the employment ratio, per referral source and municipality',
            ),
            ...errors(401, 403),
          },
        },
      },
      '/api/reports/work-ability': {
        get: {
          responses: {
            ...ok(
              200,
              "the change in clients' self-rated work ability (0–10): median and quartiles at start, at the latest follow-up and of the change, per municipality and per process; groups under three paths show their count only",
            ),
            ...errors(401, 403),
          },
        },
      },
      '/api/reports/ips/employer-contacts': {
        get: {
          parameters: queryParameters(employerContactQuerySchema as { properties?: Json }),
          responses: {
            ...ok(200, 'employers contacted per job coach and ISO week, and whether the week met the criterion of six'),
            ...errors(400, 401, 403),
          },
        },
      },
      '/api/ips/waiting-list': {
        get: {
          responses: {
            ...ok(200, "the job coaches' caseloads against the limit of 20, and the waiting clients by pseudonym in arrival order"),
            ...errors(401, 403),
          },
        },
      },
      '/api/ips/waiting-list/fill': {
        post: {
          responses: { ...ok(200, 'waiting clients given the freed places, in arrival order'), ...errors(401, 403) },
        },
      },
      '/api/ips/employer-contacts': {
        post: {
          requestBody: body('EmployerContactBody'),
          responses: { ...ok(201, "a day's employer contacts of the calling job coach recorded"), ...errors(400, 401, 403) },
        },
      },
      '/api/reports/referrals': {
        get: {
          parameters: queryParameters(referralsQuerySchema as { properties?: Json }),
          responses: {
            ...ok(200, 'started paths per process, source, organisation and month; paths that reached the team meeting', ref('Referrals')),
            ...errors(400, 401, 403),
          },
        },
      },
      '/api/reports/outcomes': {
        get: {
          parameters: queryParameters(outcomesQuerySchema as { properties?: Json }),
          responses: { ...ok(200, 'outcomes per person and per job'), ...errors(400, 401, 403) },
        },
      },
      '/api/reports/late-digest': {
        get: {
          parameters: queryParameters(lateDigestQuerySchema as { properties?: Json }),
          responses: { ...ok(200, 'tasks that became late, per role'), ...errors(400, 401) },
        },
      },
      '/api/meetings': {
        get: {
          parameters: queryParameters(meetingsQuerySchema as { properties?: Json }),
          responses: {
            ...ok(200, 'the coming team meetings: slots free or booked (client pseudonym), confirmations and parties', meetingListSchema),
            ...errors(400, 401, 403),
          },
        },
      },
      '/api/consultation-hours': {
        get: {
          parameters: queryParameters(consultationHoursQuerySchema as { properties?: Json }),
          responses: {
            ...ok(200, 'the coming consultation hours still open for booking: the Thursday (the value for sessionDate) and its deadline'),
            ...errors(400, 401),
          },
        },
      },
      '/api/users/choices': {
        get: {
          parameters: queryParameters(userChoicesQuerySchema as { properties?: Json }),
          responses: {
            ...ok(200, "{items: [{username, displayName}]}: active users of the roles the open task's form offers to choose from", {
              type: 'object',
              properties: {
                items: {
                  type: 'array',
                  items: { type: 'object', properties: { username: { type: 'string' }, displayName: { type: 'string' } } },
                },
              },
            }),
            ...errors(400, 401, 403, 404),
          },
        },
      },
      '/api/users': {
        get: { responses: { ...ok(200, 'accounts (admin)'), ...errors(401, 403) } },
        post: { requestBody: body('NewUserBody'), responses: { ...ok(201, 'created'), ...errors(...CHANGE) } },
      },
      '/api/users/{id}': {
        patch: {
          parameters: [idParam()],
          requestBody: body('UserPatchBody'),
          responses: { ...ok(200, 'changed; sessions end when roles change or the user is disabled'), ...errors(...CHANGE) },
        },
      },
      '/api/users/{id}/password': {
        post: {
          parameters: [idParam()],
          requestBody: body('PasswordBody'),
          responses: { 204: { description: 'password set; the sessions of the user end' }, ...errors(...CHANGE) },
        },
      },
      '/healthz': { get: { security: [], responses: ok(200, 'alive') } },
      '/readyz': { get: { security: [], responses: { ...ok(200, 'ready'), 503: { description: 'store unreachable' } } } },
      '/metrics': {
        get: {
          security: [],
          responses: { 200: { description: 'Prometheus text', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
    },
  };
}
