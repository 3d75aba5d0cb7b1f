/**
 * Keski-Suomi "Meijän kyvyt käyttöön" (seed 001): the pilot municipalities' teams differ, so the
 * entry branches on the team form the municipality uses; the consulting doctor is offered to the
 * professionals beside the initial service.
 */
import type { ProcessSpec } from '../build/spec.js';
import { lane } from './regional.js';

const W = 'Lane_worker';
const T = 'Lane_team';

export const entryKeskiSuomi: ProcessSpec = {
  key: 'entry-keski-suomi',
  name: 'Keski-Suomi: työkyvyn tuen tiimi tai ohjaustiimi',
  en:
    "Keski-Suomi (001 L19–21, L47–51, L70–75): the municipality's team form. The initial service (alkupalvelu) before the team is reported only for Jyväskylä's Sampoharju (40 clients, 14 on to the team, 001 L72); " +
    "Laukaa's guidance team (ohjaustiimi, 95 clients 5–11/2022) worked as a consultative team advising the professional (001 L74); Viitasaari and Hankasalmi brought clients to a work-ability team (001 L73, L75). " +
    'A consulting doctor served work-ability professionals in 2022 (001 L30). ' +
    "Documented defaults (DOMAIN §11.12): the work-ability team when the team form is not said; the consulting doctor's view is asked from the initial service; " +
    "after the consultative team the client's own worker carries the path on; team members and rhythm are not in the seed.",
  lanes: [
    lane(W, 'Asiakasvastaava / ammattilainen', "The client's worker (case-manager model, 001 L48)", 'case-manager', 2),
    lane('Lane_doctor', 'Konsultoiva lääkäri', 'The consulting doctor for work-ability professionals (001 L30)', 'doctor'),
    lane(T, 'Työkyvyn tuen tiimi / ohjaustiimi', 'The work-ability team, or the consultative guidance team (Laukaa)', 'team', 2),
  ],
  nodes: [
    {
      id: 'start',
      kind: 'start',
      name: 'Tuen tarve sote-keskuksessa',
      en: 'A need found in the health and social-services centre (001 L40, L47)',
      lane: W,
      col: 0,
    },
    {
      id: 'teamFormGateway',
      kind: 'xor',
      name: 'Kunnan toimintamalli?',
      en: 'Which team form the municipality uses (the variable `teamForm`; the work-ability team when not said)',
      lane: W,
      col: 1,
    },
    {
      id: 'initialService',
      kind: 'user',
      name: 'Alkupalvelu (Sampoharju)',
      en: 'The initial service at Sampoharju health station: to the team, to the consulting doctor first, or no team needed (001 L72)',
      lane: W,
      col: 2,
      row: 1,
      formKey: 'regional-entry',
      expectedDuration: 'P14D',
    },
    { id: 'initialGateway', kind: 'xor', name: 'Alkupalvelun jälkeen?', en: 'After the initial service', lane: W, col: 3, row: 1 },
    {
      id: 'consultingDoctor',
      kind: 'user',
      name: 'Konsultoiva lääkäri',
      en: "The consulting doctor's view for the professional before the team (001 L30)",
      lane: 'Lane_doctor',
      col: 4,
      formKey: 'doctor-assessment',
      expectedDuration: 'P14D',
    },
    { id: 'toTeamMerge', kind: 'xor', name: 'Tiimiin', en: 'To the work-ability team', lane: T, col: 5 },
    {
      id: 'workAbilityTeam',
      kind: 'user',
      name: 'Työkyvyn tuen tiimi',
      en: 'The work-ability team assesses the need with the client (Viitasaari 18, Hankasalmi 15, Sampoharju 14 clients: 001 L72–75)',
      lane: T,
      col: 6,
      formKey: 'regional-entry',
      expectedDuration: 'P30D',
    },
    {
      id: 'guidanceTeam',
      kind: 'user',
      name: 'Ohjaustiimi (konsultoiva, Laukaa)',
      en: "Laukaa's guidance team advises the client's worker as a consultative team (001 L74)",
      lane: T,
      col: 6,
      row: 1,
      formKey: 'regional-entry',
      expectedDuration: 'P14D',
    },
    { id: 'assessedMerge', kind: 'xor', name: 'Arvioitu', en: 'Assessed', lane: W, col: 7 },
    { id: 'end', kind: 'end', name: 'Arvioitu', en: 'Assessed', lane: W, col: 8 },
  ],
  flows: [
    { id: 'toTeamForm', from: 'start', to: 'teamFormGateway' },
    {
      id: 'toInitial',
      from: 'teamFormGateway',
      to: 'initialService',
      name: 'Alkupalvelu',
      condition: '=teamForm = "initial-service"',
      route: 'vh',
    },
    {
      id: 'toGuidance',
      from: 'teamFormGateway',
      to: 'guidanceTeam',
      name: 'Ohjaustiimi',
      condition: '=teamForm = "consultative-team"',
      route: 'vh',
    },
    { id: 'toTeamDirect', from: 'teamFormGateway', to: 'toTeamMerge', name: 'Tiimi', isDefault: true, route: 'hv' },
    { id: 'toInitialGateway', from: 'initialService', to: 'initialGateway' },
    {
      id: 'initialNoNeed',
      from: 'initialGateway',
      to: 'assessedMerge',
      name: 'Ei tiimiä',
      condition: '=needConfirmed = false',
      route: 'hv',
    },
    {
      id: 'toDoctor',
      from: 'initialGateway',
      to: 'consultingDoctor',
      name: 'Lääkäri ensin',
      condition: '=consultDoctor = true',
      route: 'vh',
    },
    { id: 'initialToTeam', from: 'initialGateway', to: 'toTeamMerge', name: 'Tiimiin', isDefault: true, route: 'vh' },
    { id: 'doctorToTeam', from: 'consultingDoctor', to: 'toTeamMerge', route: 'hv' },
    { id: 'toTeam', from: 'toTeamMerge', to: 'workAbilityTeam' },
    { id: 'fromTeam', from: 'workAbilityTeam', to: 'assessedMerge', route: 'hv' },
    { id: 'fromGuidance', from: 'guidanceTeam', to: 'assessedMerge', route: 'hv' },
    { id: 'toEnd', from: 'assessedMerge', to: 'end' },
  ],
};
