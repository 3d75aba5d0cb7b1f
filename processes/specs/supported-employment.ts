/** Supported employment coaching by the IPS quality criteria (DOMAIN §7). */
import type { ProcessSpec } from '../build/spec.js';

const JC = 'Lane_jobCoach';

export const supportedEmployment: ProcessSpec = {
  key: 'supported-employment',
  name: 'Tuettu työllistyminen (IPS)',
  en: 'Supported employment (IPS): tripartite handover, first employer contact within 30 days, coaching, outcome.',
  lanes: [{ id: JC, name: 'Työhönvalmentaja', en: 'Job coach', role: 'job-coach', rows: 3 }],
  nodes: [
    { id: 'start', kind: 'start', name: 'Ohjattu työhönvalmennukseen', en: 'Guided to supported employment', lane: JC, col: 0 },
    { id: 'ipsHandover', kind: 'user', name: 'Kolmikantaneuvottelu', en: 'Tripartite handover meeting: job coach, social-services worker and client', lane: JC, col: 1, formKey: 'ips-handover', expectedDuration: 'P14D' },
    { id: 'firstEmployerContact', kind: 'receive', name: 'Ensimmäinen työnantajakontakti', en: 'First employer contact, expected within 30 days of the start', lane: JC, col: 2, message: 'first-employer-contact', expectedDuration: 'P30D' },
    { id: 'coaching', kind: 'user', name: 'Työhönvalmennus ja tulos', en: 'Coaching; record the outcome when it ends', lane: JC, col: 3, formKey: 'ips-outcome', expectedDuration: 'P180D' },
    { id: 'outcomeGateway', kind: 'xor', name: 'Tulos?', en: 'Outcome?', lane: JC, col: 4 },
    { id: 'endEmployed', kind: 'end', name: 'Työllistyi', en: 'Employed (counts in the employment ratio)', lane: JC, col: 5 },
    { id: 'endStudyOrTrial', kind: 'end', name: 'Oppisopimus, työkokeilu tai opiskelu', en: 'Apprenticeship, work trial or study', lane: JC, col: 5, row: 1 },
    { id: 'endOther', kind: 'end', name: 'Muu päättyminen', en: 'Other services, dropped out or ended', lane: JC, col: 5, row: 2 },
  ],
  flows: [
    { id: 'toHandover', from: 'start', to: 'ipsHandover' },
    { id: 'toFirstContact', from: 'ipsHandover', to: 'firstEmployerContact' },
    { id: 'toCoaching', from: 'firstEmployerContact', to: 'coaching' },
    { id: 'toOutcomeGateway', from: 'coaching', to: 'outcomeGateway' },
    { id: 'employed', from: 'outcomeGateway', to: 'endEmployed', name: 'Työllistyi', condition: '=starts with(ipsOutcome, "employed")' },
    { id: 'studyOrTrial', from: 'outcomeGateway', to: 'endStudyOrTrial', name: 'Oppisopimus, kokeilu, opiskelu', condition: '=list contains(["apprenticeship", "work-trial", "study"], ipsOutcome)', route: 'vh' },
    { id: 'other', from: 'outcomeGateway', to: 'endOther', name: 'Muu', isDefault: true, route: 'vh' },
  ],
};
