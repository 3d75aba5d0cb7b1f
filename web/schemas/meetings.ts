/** ?from=&to= of GET /api/meetings and the page it answers with. */
import type { JSONSchemaType } from 'ajv';
import { queryParser } from './validate.js';

const moment = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?$', nullable: true } as const;

/** The period of the coming team meetings (ISO date or date-time); default: now to eight weeks on. */
export interface MeetingsQuery {
  from?: string;
  to?: string;
}

export const meetingsQuerySchema: JSONSchemaType<MeetingsQuery> = {
  type: 'object',
  properties: { from: moment, to: moment },
  additionalProperties: false,
};

export const parseMeetingsQuery = queryParser(meetingsQuerySchema);

/** ?weeks= of GET /api/consultation-hours: how many coming hours (default 8, at most 26). */
export interface ConsultationHoursQuery {
  weeks?: number;
}

export const consultationHoursQuerySchema: JSONSchemaType<ConsultationHoursQuery> = {
  type: 'object',
  properties: { weeks: { type: 'integer', minimum: 1, maximum: 26, nullable: true } },
  additionalProperties: false,
};

export const parseConsultationHoursQuery = queryParser(consultationHoursQuerySchema);

const party = {
  type: 'object',
  required: ['party', 'confirmed'],
  properties: { party: { type: 'string' }, confirmed: { type: 'boolean' } },
};

/** The answer of GET /api/meetings (for OpenAPI): every slot of the period, free or booked. */
export const meetingListSchema = {
  type: 'object',
  required: ['from', 'to', 'items'],
  properties: {
    from: { type: 'string', format: 'date-time' },
    to: { type: 'string', format: 'date-time' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['slot', 'confirmBy', 'bookable', 'late', 'booking'],
        properties: {
          slot: { type: 'string', format: 'date-time', description: 'the meeting start (odd-week Wednesday 13:00 Finnish time)' },
          confirmBy: { type: 'string', format: 'date-time', description: 'the meeting minus seven days' },
          bookable: { type: 'boolean', description: 'free and at least seven days ahead' },
          late: { type: 'boolean', description: 'booked, past confirmBy and not confirmed' },
          booking: {
            type: ['object', 'null'],
            required: ['clientRef', 'instanceId', 'confirmed', 'parties', 'bookedAt'],
            properties: {
              clientRef: { type: ['string', 'null'], description: 'the client pseudonym' },
              instanceId: { type: ['string', 'null'], description: 'the path, only to those who take part in it' },
              confirmed: { type: ['boolean', 'null'] },
              parties: { type: 'array', items: party, description: 'TTS §1 parties ticked for the meeting (no names)' },
              bookedAt: { type: 'string', format: 'date-time' },
            },
          },
        },
      },
    },
  },
} as const;
