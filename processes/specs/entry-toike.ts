/**
 * TOIKE (seed 004, OTE7): the low-threshold functional-capacity centre for people of working age in
 * Pirkanmaa and Etelä-Pohjanmaa, no referral needed, with the key-person network behind it.
 */
import type { ProcessSpec } from '../build/spec.js';
import { lane } from './regional.js';

const C = 'Lane_centre';

export const entryToike: ProcessSpec = {
  key: 'entry-toike',
  name: 'TOIKE: toimintakykykeskus',
  en:
    'TOIKE (004 L76, L176–183): a walk-in centre (lähetteetön) assessing existing work ability; most clients still came guided by a service, so the first visit records where the client came from in the categories of 004 L319–327 ' +
    '(employment services and TE, self, specialised care, primary care; "other" added as a documented default). The key-person network (120 + 50 professionals) consults and supports (004 L180–182). ' +
    'In the one vignette the client saw a work-ability coordinator and an occupational physician within a week (004 L345): an example, not a rule. ' +
    "Documented defaults (DOMAIN §11.11): the centre's steps; the first-visit expected duration of 14 days; network consultation when the visit asks for it.",
  lanes: [
    lane(
      C,
      'Toimintakykykeskus',
      'The functional-capacity centre: work-ability coordinator and occupational physician',
      'work-ability-coordinator',
    ),
    lane(
      'Lane_network',
      'Avainhenkilöverkosto',
      'The key-person network: sote, employment, Kela, NGOs, private providers, insurers (004 L180)',
      'team',
    ),
  ],
  nodes: [
    {
      id: 'start',
      kind: 'start',
      name: 'Asiakas tulee (ilman lähetettä)',
      en: 'The client comes, with or without a referral',
      lane: C,
      col: 0,
    },
    {
      id: 'firstVisit',
      kind: 'user',
      name: 'Ensikäynti',
      en: 'First visit with the work-ability coordinator and the occupational physician (004 L345); records the referral source (`referredFrom`), names the coordinator',
      lane: C,
      col: 1,
      formKey: 'regional-entry',
      candidateGroups: 'work-ability-coordinator,occupational-health',
      expectedDuration: 'P14D',
    },
    { id: 'networkGateway', kind: 'xor', name: 'Verkosto?', en: 'Consult the key-person network?', lane: C, col: 2 },
    {
      id: 'networkConsultation',
      kind: 'user',
      name: 'Avainhenkilöverkoston konsultaatio',
      en: 'The key-person network consults on the client (004 L180–182)',
      lane: 'Lane_network',
      col: 3,
      formKey: 'regional-entry',
      expectedDuration: 'P14D',
    },
    { id: 'assessedMerge', kind: 'xor', name: 'Arvioitu', en: 'Assessed', lane: C, col: 4 },
    { id: 'end', kind: 'end', name: 'Arvioitu', en: 'Assessed', lane: C, col: 5 },
  ],
  flows: [
    { id: 'toFirstVisit', from: 'start', to: 'firstVisit' },
    { id: 'toNetworkGateway', from: 'firstVisit', to: 'networkGateway' },
    {
      id: 'toNetwork',
      from: 'networkGateway',
      to: 'networkConsultation',
      name: 'Kyllä',
      condition: '=networkConsultation = true',
      route: 'vh',
    },
    { id: 'noNetwork', from: 'networkGateway', to: 'assessedMerge', name: 'Ei', isDefault: true },
    { id: 'fromNetwork', from: 'networkConsultation', to: 'assessedMerge', route: 'hv' },
    { id: 'toEnd', from: 'assessedMerge', to: 'end' },
  ],
};
