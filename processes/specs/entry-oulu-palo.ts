/**
 * Oulu PALO (seed 002): the multi-professional service-need assessment names the client's own
 * worker (the entry), and the work-ability support measures the client chooses with the own worker
 * as needed, in no fixed order (oulu-palo-measures, called after the client's own plan).
 */
import type { ProcessSpec } from '../build/spec.js';
import { lane } from './regional.js';

const OWN = 'Lane_ownWorker';
const OWN_GROUPS = 'social-worker,case-manager';

export const entryOulu: ProcessSpec = {
  key: 'entry-oulu-palo',
  name: 'Oulu PALO: palvelutarpeen arvio',
  en:
    "Oulu PALO (002 L59–68, L107–135): the need for work-ability support is identified in a multi-professional service-need assessment, which names the client's own worker, responsible for guidance (002 L63, L119–125). " +
    'Documented defaults: the assessment is one step in the own worker lane; its duration.',
  lanes: [lane(OWN, 'Omatyöntekijä', 'The own worker (named at the assessment)', 'social-worker')],
  nodes: [
    { id: 'start', kind: 'start', name: 'Ohjattu arvioon', en: 'Referred to the service-need assessment', lane: OWN, col: 0 },
    {
      id: 'serviceNeed',
      kind: 'user',
      name: 'Monialainen palvelutarpeen arvio',
      en: 'Multi-professional service-need assessment identifies the need for work-ability support and names the own worker (002 L63, L119, L121, L125)',
      lane: OWN,
      col: 1,
      formKey: 'regional-entry',
      candidateGroups: OWN_GROUPS,
      expectedDuration: 'P14D',
    },
    { id: 'end', kind: 'end', name: 'Arvioitu', en: 'Assessed; the own worker named', lane: OWN, col: 2 },
  ],
  flows: [
    { id: 'toServiceNeed', from: 'start', to: 'serviceNeed' },
    { id: 'toEnd', from: 'serviceNeed', to: 'end' },
  ],
};

/** A measure the client chose: its step, and its own end (the sub-process ends when every chosen one has). */
const measure = (id: string, name: string, en: string, laneId: string, row: number, extra: Record<string, string> = {}) => [
  { id, kind: 'user' as const, name, en, lane: laneId, col: 3, row, formKey: 'measure-report', expectedDuration: 'P60D', ...extra },
  { id: `${id}Done`, kind: 'end' as const, name: 'Tehty', en: `${name}: done`, lane: laneId, col: 4, row },
];
const chosen = (id: string, value: string, to: string, name: string) => ({
  id,
  from: 'choiceGateway',
  to,
  name,
  condition: `=list contains(measures, "${value}")`,
  route: 'vh' as const,
});

export const ouluMeasures: ProcessSpec = {
  key: 'oulu-palo-measures',
  name: 'Oulu PALO: tukitoimet asiakkaan valinnan mukaan',
  en:
    'The work-ability support measures "such as the work-ability team, job coaching, assessment/implementation follow-up" (002 L127), chosen by the client with the own worker (002 L123) as needed and in no fixed order: ' +
    'an inclusive gateway takes every chosen measure, each ends on its own and the sub-process ends when all have. ' +
    "The work-ability team of employment services, health services and Kela assesses the unemployed person's work ability and rehabilitation need (002 L146–158); " +
    'IPS job coaching (002 L65, L179); the multi-actor functional assessment in rehabilitative work activity with Kykyviisari and GAS, its summary shared per data-protection rules (002 L160–174); ' +
    "the health meeting of client, nurse and own worker (002 L180). Documented defaults: no measure chosen ends the sub-process at once (the plan is followed up); each measure's duration.",
  lanes: [
    lane('Lane_ownWorker', 'Omatyöntekijä', 'The own worker with the client', 'social-worker', 2),
    lane('Lane_team', 'Työkykytiimi', 'The work-ability team: employment services, health services, Kela (002 L146–158)', 'team'),
    lane('Lane_coach', 'Työhönvalmentaja', 'IPS job coach', 'job-coach'),
    lane('Lane_nurse', 'Terveydenhoitaja', 'Nurse: the health meeting', 'nurse'),
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Suunnitelma tehty', en: "The client's plan is made", lane: 'Lane_ownWorker', col: 0 },
    {
      id: 'chooseMeasures',
      kind: 'user',
      name: 'Tukitoimien valinta asiakkaan kanssa',
      en: 'The client and the own worker choose the measures needed now (002 L123, L127)',
      lane: 'Lane_ownWorker',
      col: 1,
      formKey: 'measure-choice',
      candidateGroups: OWN_GROUPS,
      assignee: '=responsiblePerson.username',
      expectedDuration: 'P14D',
    },
    { id: 'choiceGateway', kind: 'or', name: 'Valitut tukitoimet', en: 'Every measure the client chose', lane: 'Lane_ownWorker', col: 2 },
    {
      id: 'noMeasure',
      kind: 'end',
      name: 'Ei tukitoimia nyt',
      en: 'No measure chosen now: the plan is followed up',
      lane: 'Lane_ownWorker',
      col: 3,
      row: 0,
    },
    ...measure(
      'functionalAssessment',
      'Työkyvyn arviointi kuntouttavassa työtoiminnassa',
      'Multi-actor functional assessment in rehabilitative work activity: client, own instructor, occupational therapist, workplace instructor (Kykyviisari, GAS); joint summary to the client and the network (002 L160–174)',
      'Lane_ownWorker',
      1,
      { candidateGroups: OWN_GROUPS, assignee: '=responsiblePerson.username' },
    ),
    ...measure(
      'workAbilityTeam',
      'Työkykytiimi',
      "The work-ability team assesses the unemployed person's work ability and rehabilitation need (002 L146–158)",
      'Lane_team',
      0,
    ),
    ...measure(
      'jobCoaching',
      'Tuettu työhönvalmennus (IPS)',
      'Quality-criteria-based supported employment with the job coach (002 L65, L179)',
      'Lane_coach',
      0,
    ),
    ...measure(
      'healthMeeting',
      'Terveystapaaminen',
      'Health meeting: the client, the nurse and the own worker (002 L180)',
      'Lane_nurse',
      0,
    ),
  ],
  flows: [
    { id: 'toChoose', from: 'start', to: 'chooseMeasures' },
    { id: 'toChoice', from: 'chooseMeasures', to: 'choiceGateway' },
    { id: 'none', from: 'choiceGateway', to: 'noMeasure', name: 'Ei mitään', isDefault: true },
    chosen('toFunctional', 'functional-assessment', 'functionalAssessment', 'Arviointi'),
    chosen('toTeam', 'work-ability-team', 'workAbilityTeam', 'Työkykytiimi'),
    chosen('toCoaching', 'job-coaching', 'jobCoaching', 'Työhönvalmennus'),
    chosen('toHealth', 'health-meeting', 'healthMeeting', 'Terveystapaaminen'),
    ...['functionalAssessment', 'workAbilityTeam', 'jobCoaching', 'healthMeeting'].map((m) => ({
      id: `${m}Ends`,
      from: m,
      to: `${m}Done`,
    })),
  ],
};
