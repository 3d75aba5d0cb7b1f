/**
 * The regions' own entries into the shared backbone (work-ability-backbone), each a called
 * sub-process that ends with the need assessed (`needConfirmed`) and, where the region names the
 * coordinator early, the responsible person. Sources: the pilot reports in shared/seeds (000 Kainuu,
 * 001 Keski-Suomi, 002 Oulu PALO, 004 OTE7/TOIKE) as summarised in DOMAIN §9. Durations are defaults
 * unless a source is named.
 */
import type { ProcessSpec } from '../build/spec.js';

const L = (id: string, name: string, en: string, role: string, rows = 1) => ({ id, name, en, role, rows });

/** Kainuu (KainOTE): the network of work-ability coordinators; unemployed persons' health checks or the employees' early-support branch. */
export const entryKainuu: ProcessSpec = {
  key: 'entry-kainuu',
  name: 'Kainuu: tunnistus ja arvio',
  en: 'Kainuu: the coordinator network identifies the need; unemployed clients go to the health check, employees to early support in occupational health; the coordinator assesses.',
  lanes: [
    L('Lane_coordinator', 'Työkykykoordinaattori', 'Work-ability coordinator (the regional network)', 'work-ability-coordinator', 2),
    L('Lane_nurse', 'Terveydenhoitaja', 'Nurse: health checks of the unemployed', 'nurse'),
    L('Lane_oh', 'Työterveyshuolto', 'Occupational health: early support of employees', 'occupational-health'),
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Tarve tunnistettu', en: 'A need identified in the network', lane: 'Lane_coordinator', col: 0 },
    {
      id: 'identify',
      kind: 'user',
      name: 'Tunnistus',
      en: 'The coordinator records whether the client is unemployed or employed',
      lane: 'Lane_coordinator',
      col: 1,
      formKey: 'regional-entry',
      expectedDuration: 'P7D',
    },
    {
      id: 'groupGateway',
      kind: 'xor',
      name: 'Työtön vai työssä?',
      en: 'Unemployed or employed? (unemployed when not said: the KainOTE target group)',
      lane: 'Lane_coordinator',
      col: 2,
    },
    {
      id: 'healthCheck',
      kind: 'user',
      name: 'Työttömän terveystarkastus',
      en: 'Health check of the unemployed',
      lane: 'Lane_nurse',
      col: 3,
      formKey: 'health-check-feedback',
      expectedDuration: 'P30D',
    },
    {
      id: 'earlySupport',
      kind: 'user',
      name: 'Varhainen tuki (työterveysneuvottelu)',
      en: 'Early support of an employee: the occupational health negotiation',
      lane: 'Lane_oh',
      col: 3,
      formKey: 'oh-negotiation',
      expectedDuration: 'P30D',
    },
    { id: 'resultsMerge', kind: 'xor', name: 'Tulokset', en: 'The results are back', lane: 'Lane_coordinator', col: 4 },
    {
      id: 'assess',
      kind: 'user',
      name: 'Koordinaattorin arvio',
      en: 'The coordinator assesses the need with the results',
      lane: 'Lane_coordinator',
      col: 5,
      formKey: 'regional-entry',
      expectedDuration: 'P14D',
    },
    { id: 'end', kind: 'end', name: 'Arvioitu', en: 'Assessed', lane: 'Lane_coordinator', col: 6 },
  ],
  flows: [
    { id: 'toIdentify', from: 'start', to: 'identify' },
    { id: 'toGroup', from: 'identify', to: 'groupGateway' },
    { id: 'unemployed', from: 'groupGateway', to: 'healthCheck', name: 'Työtön', isDefault: true, route: 'vh' },
    { id: 'employee', from: 'groupGateway', to: 'earlySupport', name: 'Työssä', condition: '=clientGroup = "employee"', route: 'vh' },
    { id: 'fromHealth', from: 'healthCheck', to: 'resultsMerge', route: 'hv' },
    { id: 'fromEarly', from: 'earlySupport', to: 'resultsMerge', route: 'hv' },
    { id: 'toAssess', from: 'resultsMerge', to: 'assess' },
    { id: 'toEnd', from: 'assess', to: 'end' },
  ],
};

/** Keski-Suomi: the initial service as triage, then the work-ability team (case-manager model) or Laukaa's consultative team. */
export const entryKeskiSuomi: ProcessSpec = {
  key: 'entry-keski-suomi',
  name: 'Keski-Suomi: alkupalvelu',
  en: 'Keski-Suomi: a need found in the health and social-services centre goes to the initial service (triage), then to the work-ability team or the consultative team.',
  lanes: [
    L('Lane_initial', 'Alkupalvelu', 'Initial service (triage)', 'case-manager'),
    L('Lane_team', 'Tiimi', 'The work-ability team or the consultative team', 'team', 2),
  ],
  nodes: [
    {
      id: 'start',
      kind: 'start',
      name: 'Tarve sote-keskuksessa',
      en: 'A need found in the health and social-services centre',
      lane: 'Lane_initial',
      col: 0,
    },
    {
      id: 'initialService',
      kind: 'user',
      name: 'Alkupalvelu (triage)',
      en: 'The initial service triages: which team, or none',
      lane: 'Lane_initial',
      col: 1,
      formKey: 'regional-entry',
      expectedDuration: 'P14D',
    },
    {
      id: 'teamGateway',
      kind: 'xor',
      name: 'Tiimin muoto?',
      en: 'Work-ability team or consultative team? (the work-ability team when not said)',
      lane: 'Lane_initial',
      col: 2,
    },
    {
      id: 'workAbilityTeam',
      kind: 'user',
      name: 'Työkykytiimin arvio',
      en: 'The work-ability team assesses (case-manager model)',
      lane: 'Lane_team',
      col: 3,
      formKey: 'regional-entry',
      expectedDuration: 'P30D',
    },
    {
      id: 'consultativeTeam',
      kind: 'user',
      name: 'Konsultoiva tiimi (Laukaa)',
      en: "The consultative team advises the client's worker",
      lane: 'Lane_team',
      col: 3,
      row: 1,
      formKey: 'regional-entry',
      expectedDuration: 'P14D',
    },
    { id: 'teamMerge', kind: 'xor', name: 'Arvioitu', en: 'Assessed by either team', lane: 'Lane_team', col: 4 },
    { id: 'end', kind: 'end', name: 'Arvioitu', en: 'Assessed', lane: 'Lane_team', col: 5 },
  ],
  flows: [
    { id: 'toInitial', from: 'start', to: 'initialService' },
    { id: 'toTeamGateway', from: 'initialService', to: 'teamGateway' },
    { id: 'toWorkAbilityTeam', from: 'teamGateway', to: 'workAbilityTeam', name: 'Työkykytiimi', isDefault: true, route: 'hv' },
    {
      id: 'toConsultative',
      from: 'teamGateway',
      to: 'consultativeTeam',
      name: 'Konsultoiva',
      condition: '=teamForm = "consultative-team"',
      route: 'hv',
    },
    { id: 'fromWorkAbilityTeam', from: 'workAbilityTeam', to: 'teamMerge' },
    { id: 'fromConsultative', from: 'consultativeTeam', to: 'teamMerge', route: 'hv' },
    { id: 'toEnd', from: 'teamMerge', to: 'end' },
  ],
};

/** Oulu PALO: the own worker named at the service-need assessment; joint health appointment; functional assessment in rehabilitative work activity. */
export const entryOulu: ProcessSpec = {
  key: 'entry-oulu-palo',
  name: 'Oulu PALO: palvelutarpeen arvio',
  en: 'Oulu PALO: the multi-professional service-need assessment names the own worker; a joint health appointment; a multi-actor functional assessment in rehabilitative work activity (Kykyviisari, GAS).',
  lanes: [
    L('Lane_ownWorker', 'Omatyöntekijä', 'The own worker (named at the assessment)', 'social-worker'),
    L('Lane_health', 'Terveyspalvelut', 'Health services: the joint appointment', 'nurse'),
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Ohjattu arvioon', en: 'Referred to the service-need assessment', lane: 'Lane_ownWorker', col: 0 },
    {
      id: 'serviceNeed',
      kind: 'user',
      name: 'Palvelutarpeen arvio',
      en: 'Multi-professional service-need assessment; names the own worker (responsible person)',
      lane: 'Lane_ownWorker',
      col: 1,
      formKey: 'regional-entry',
      candidateGroups: 'social-worker,case-manager',
      expectedDuration: 'P14D',
    },
    {
      id: 'jointHealth',
      kind: 'user',
      name: 'Yhteisvastaanotto',
      en: 'Joint health appointment (the own worker present)',
      lane: 'Lane_health',
      col: 2,
      formKey: 'health-check-feedback',
      candidateGroups: 'nurse,doctor',
      expectedDuration: 'P30D',
    },
    {
      id: 'functionalAssessment',
      kind: 'user',
      name: 'Toimintakyvyn arvio työtoiminnassa',
      en: 'Multi-actor functional assessment during rehabilitative work activity (Kykyviisari, GAS); duration a default',
      lane: 'Lane_ownWorker',
      col: 3,
      formKey: 'regional-entry',
      candidateGroups: 'social-worker,case-manager',
      assignee: '=responsiblePerson.username',
      expectedDuration: 'P90D',
    },
    { id: 'end', kind: 'end', name: 'Arvioitu', en: 'Assessed', lane: 'Lane_ownWorker', col: 4 },
  ],
  flows: [
    { id: 'toServiceNeed', from: 'start', to: 'serviceNeed' },
    { id: 'toJointHealth', from: 'serviceNeed', to: 'jointHealth', route: 'hv' },
    { id: 'toFunctional', from: 'jointHealth', to: 'functionalAssessment', route: 'hv' },
    { id: 'toEnd', from: 'functionalAssessment', to: 'end' },
  ],
};

/** TOIKE (OTE7): a walk-in functional-capacity centre, no referral; first visit within a week by the coordinator and occupational physician. */
export const entryToike: ProcessSpec = {
  key: 'entry-toike',
  name: 'TOIKE: matalan kynnyksen käynti',
  en: 'TOIKE: the client walks in without a referral; the coordinator and occupational physician see them within a week and name the coordinator.',
  lanes: [
    L(
      'Lane_centre',
      'Toimintakykykeskus',
      'The functional-capacity centre: work-ability coordinator and occupational physician',
      'work-ability-coordinator',
    ),
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Asiakas tulee itse', en: 'The client walks in (no referral)', lane: 'Lane_centre', col: 0 },
    {
      id: 'firstVisit',
      kind: 'user',
      name: 'Ensikäynti',
      en: 'First visit with the work-ability coordinator and the occupational physician; names the coordinator',
      lane: 'Lane_centre',
      col: 1,
      formKey: 'regional-entry',
      candidateGroups: 'work-ability-coordinator,occupational-health',
      expectedDuration: 'P7D',
      durationSource: 'OTE7 report (seed 004): seen within a week',
    },
    { id: 'end', kind: 'end', name: 'Arvioitu', en: 'Assessed', lane: 'Lane_centre', col: 2 },
  ],
  flows: [
    { id: 'toFirstVisit', from: 'start', to: 'firstVisit' },
    { id: 'toEnd', from: 'firstVisit', to: 'end' },
  ],
};
