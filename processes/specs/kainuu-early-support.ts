/**
 * Kainuu sote's own staff (seed 000): the employer's early-support model, resting on the supervisor's
 * work-ability management and timely occupational health, with the work-ability coordinators placed in
 * it beside their own jobs. A separate process from KainOTE (000 L18–19).
 */
import type { ProcessSpec } from '../build/spec.js';
import { lane } from './regional.js';

const SUP = 'Lane_supervisor';
const OH = 'Lane_oh';
const CO = 'Lane_coordinator';

export const kainuuEarlySupport: ProcessSpec = {
  key: 'kainuu-early-support',
  name: 'Kainuu: varhaisen tuen malli (oma henkilöstö)',
  en:
    "Kainuu sote's early-support model for its own ~3,500 staff (000 L18–19, L33, L118–131; 004 L77): the supervisor's work-ability management, " +
    'timely occupational health, and the work-ability coordinator (36 trained, working beside their own job, 000 L137, L142–146). ' +
    "Documented defaults (DOMAIN §11.12, the model's steps are not in the seeds): the supervisor's early-support talk first; consent before occupational health shares anything with the workplace; " +
    'a negotiation that settles the way forward ends at the workplace, otherwise the coordinator supports the agreed measures.',
  starters: 'supervisor,occupational-health,work-ability-coordinator',
  lanes: [
    lane(SUP, 'Esihenkilö', "The employee's own supervisor (work-ability management)", 'supervisor'),
    lane(OH, 'Työterveyshuolto', 'Occupational health care', 'occupational-health', 2),
    lane(CO, 'Työkykykoordinaattori', 'The work-ability coordinator (beside their own job)', 'work-ability-coordinator'),
  ],
  nodes: [
    {
      id: 'start',
      kind: 'start',
      name: 'Huoli työkyvystä',
      en: 'The supervisor or the employee notices a concern about work ability',
      lane: SUP,
      col: 0,
    },
    {
      id: 'earlyTalk',
      kind: 'user',
      name: 'Varhaisen tuen keskustelu',
      en: "The supervisor's early-support talk with the employee (000 L130): is support beyond the workplace needed?",
      lane: SUP,
      col: 1,
      formKey: 'regional-entry',
      expectedDuration: 'P14D',
    },
    { id: 'talkGateway', kind: 'xor', name: 'Työterveyteen?', en: 'Support needed from occupational health?', lane: SUP, col: 2 },
    { id: 'endAtWork', kind: 'end', name: 'Tuki työpaikalla', en: 'The workplace support was enough', lane: SUP, col: 3 },
    {
      id: 'consent',
      kind: 'user',
      name: 'Suostumus',
      en: "The employee's consent to share information between occupational health, the supervisor and the coordinator (a documented default)",
      lane: OH,
      col: 3,
      formKey: 'consent-y100',
      expectedDuration: 'P7D',
    },
    { id: 'consentGateway', kind: 'xor', name: 'Suostumus annettu?', en: 'Consent given?', lane: OH, col: 4 },
    {
      id: 'endNoConsent',
      kind: 'end',
      name: 'Ei suostumusta',
      en: 'No consent: occupational health goes on alone, nothing is shared',
      lane: OH,
      col: 4,
      row: 1,
    },
    {
      id: 'negotiation',
      kind: 'user',
      name: 'Työterveysneuvottelu',
      en: 'The work-ability negotiation: employee, supervisor, occupational health and the coordinator (timely occupational health, 000 L130)',
      lane: OH,
      col: 5,
      formKey: 'oh-negotiation',
      expectedDuration: 'P30D',
    },
    { id: 'settledGateway', kind: 'xor', name: 'Ratkesiko?', en: 'Was the way forward settled in the negotiation?', lane: OH, col: 6 },
    {
      id: 'endSettled',
      kind: 'end',
      name: 'Sovittu työpaikalla',
      en: 'Settled: the supervisor carries out what was agreed',
      lane: OH,
      col: 7,
    },
    {
      id: 'coordinatorSupport',
      kind: 'user',
      name: 'Työkykykoordinaattorin tuki',
      en: 'The coordinator supports the employee and the supervisor with the agreed measures (adjusted work, vocational rehabilitation, redeployment) and follows them up',
      lane: CO,
      col: 7,
      formKey: 'follow-up',
      expectedDuration: 'P90D',
    },
    { id: 'end', kind: 'end', name: 'Tuki päättyi', en: 'The support has ended', lane: CO, col: 8 },
  ],
  flows: [
    { id: 'toTalk', from: 'start', to: 'earlyTalk' },
    { id: 'toTalkGateway', from: 'earlyTalk', to: 'talkGateway' },
    { id: 'atWork', from: 'talkGateway', to: 'endAtWork', name: 'Ei', condition: '=needConfirmed = false' },
    { id: 'toConsent', from: 'talkGateway', to: 'consent', name: 'Kyllä', isDefault: true, route: 'vh' },
    { id: 'toConsentGateway', from: 'consent', to: 'consentGateway' },
    { id: 'refused', from: 'consentGateway', to: 'endNoConsent', name: 'Ei', condition: '=consentGiven = false', route: 'vh' },
    { id: 'toNegotiation', from: 'consentGateway', to: 'negotiation', name: 'Kyllä', isDefault: true },
    { id: 'toSettled', from: 'negotiation', to: 'settledGateway' },
    { id: 'settled', from: 'settledGateway', to: 'endSettled', name: 'Kyllä', condition: '=wayForwardSettled = true' },
    { id: 'toCoordinator', from: 'settledGateway', to: 'coordinatorSupport', name: 'Ei', isDefault: true, route: 'vh' },
    { id: 'toEnd', from: 'coordinatorSupport', to: 'end' },
  ],
};
