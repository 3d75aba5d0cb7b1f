/**
 * Kainuu, the unemployed partially able (KainOTE, seed 000): the jobseeker's case manager in the
 * employment (growth) services identifies the need, an unemployed person's health check when needed,
 * then the municipality's multi-actor meeting. The employer's own staff run in kainuu-early-support.
 */
import type { ProcessSpec } from '../build/spec.js';
import { lane } from './regional.js';

const CM = 'Lane_employment';

export const entryKainuu: ProcessSpec = {
  key: 'entry-kainuu',
  name: 'Kainuu: KainOTE (työttömät osatyökykyiset)',
  en:
    'Kainuu KainOTE for unemployed partially able jobseekers (000 L18–19, L72, L184): the need identified in the employment services, the unemployed health check (000 L95), ' +
    'the multi-actor meeting (monialainen toimijapalaveri, 000 L73, L182–183) held on the consent papers the growth services prepare (000 L183: the backbone asks consent first). ' +
    'KunnonSyyni, the tool for exchanging information between professionals, was piloted (000 L24, L62; 004 L135): its content is not in the seeds, so it is named in the meeting step, not modelled. ' +
    'Documented defaults (DOMAIN §11.12): the steps themselves (KainOTE survives only as a link, 000 L66); the health check only when the case manager asks for it; ' +
    'no coordinator step (the work-ability coordinators belong to the early-support model, 000 L33, L137).',
  lanes: [
    lane(CM, 'Työllisyyspalvelut (kasvupalvelut)', "Employment (growth) services: the jobseeker's case manager", 'case-manager'),
    lane('Lane_nurse', 'Terveydenhoitaja', 'Nurse: health checks of the unemployed', 'nurse'),
    lane('Lane_meeting', 'Monialainen toimijapalaveri', "The municipality's multi-actor meeting", 'team'),
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Työtön osatyökykyinen', en: 'An unemployed partially able jobseeker', lane: CM, col: 0 },
    {
      id: 'identify',
      kind: 'user',
      name: 'Tuen tarpeen tunnistus',
      en: 'The case manager identifies the need for work-ability support and whether a health check comes first',
      lane: CM,
      col: 1,
      formKey: 'regional-entry',
      expectedDuration: 'P14D',
    },
    {
      id: 'healthGateway',
      kind: 'xor',
      name: 'Terveystarkastus?',
      en: "The unemployed person's health check first? (not unless asked: a default)",
      lane: CM,
      col: 2,
    },
    {
      id: 'healthCheck',
      kind: 'user',
      name: 'Työttömän terveystarkastus',
      en: 'Health check of the unemployed (349 in 2017, 318 in half of 2018: 000 L95)',
      lane: 'Lane_nurse',
      col: 3,
      formKey: 'health-check-feedback',
      expectedDuration: 'P30D',
    },
    { id: 'healthMerge', kind: 'xor', name: 'Palaveriin', en: 'To the multi-actor meeting', lane: CM, col: 4 },
    {
      id: 'multiActorMeeting',
      kind: 'user',
      name: 'Monialainen toimijapalaveri',
      en: "The multi-actor meeting gathers the client's information on the consent papers and assesses the need; information between professionals through KunnonSyyni where piloted (000 L73, L182–183; 000 L24)",
      lane: 'Lane_meeting',
      col: 5,
      formKey: 'regional-entry',
      expectedDuration: 'P30D',
    },
    { id: 'end', kind: 'end', name: 'Arvioitu', en: 'Assessed', lane: 'Lane_meeting', col: 6 },
  ],
  flows: [
    { id: 'toIdentify', from: 'start', to: 'identify' },
    { id: 'toHealthGateway', from: 'identify', to: 'healthGateway' },
    { id: 'toHealthCheck', from: 'healthGateway', to: 'healthCheck', name: 'Kyllä', condition: '=healthCheckNeeded = true', route: 'vh' },
    { id: 'noHealthCheck', from: 'healthGateway', to: 'healthMerge', name: 'Ei', isDefault: true },
    { id: 'fromHealthCheck', from: 'healthCheck', to: 'healthMerge', route: 'hv' },
    { id: 'toMeeting', from: 'healthMerge', to: 'multiActorMeeting', route: 'vh' },
    { id: 'toEnd', from: 'multiActorMeeting', to: 'end' },
  ],
};
