/** Path 3 (DOMAIN §3): when the occupational health negotiation did not settle the way forward, the coordinator refers. */
import type { ProcessSpec } from '../build/spec.js';

const OH = 'Lane_occupationalHealth';
const WAC = 'Lane_coordinator';

export const referralOccupationalHealth: ProcessSpec = {
  key: 'referral-occupational-health',
  name: 'Ohjaus tiimiin työterveyshuollosta',
  en: 'Referral from occupational health care when the employment is ending (path 3).',
  lanes: [
    { id: OH, name: 'Työterveyshuolto', en: 'Occupational health care', role: 'occupational-health', rows: 1 },
    { id: WAC, name: 'Työkykykoordinaattori', en: "The employer's work-ability coordinator", role: 'work-ability-coordinator', rows: 2 },
  ],
  nodes: [
    {
      id: 'start',
      kind: 'start',
      name: 'Työsuhde päättymässä',
      en: 'The employment and with it the occupational health services are ending',
      lane: OH,
      col: 0,
    },
    {
      id: 'ohNegotiation',
      kind: 'user',
      name: 'Työterveysneuvottelu',
      en: 'Occupational health negotiation',
      lane: OH,
      col: 1,
      formKey: 'oh-negotiation',
      expectedDuration: 'P30D',
    },
    { id: 'settledGateway', kind: 'xor', name: 'Jatko sovittu?', en: 'Way forward settled?', lane: OH, col: 2 },
    { id: 'endSettled', kind: 'end', name: 'Jatko sovittu', en: 'The way forward was settled in the negotiation', lane: OH, col: 3 },
    {
      id: 'consent',
      kind: 'user',
      name: 'Suostumus (Kela Y100)',
      en: "Record the client's consent to share information (Kela form Y100)",
      lane: WAC,
      col: 3,
      formKey: 'consent-y100',
      expectedDuration: 'P7D',
    },
    { id: 'consentGateway', kind: 'xor', name: 'Suostumus annettu?', en: 'Consent given?', lane: WAC, col: 4 },
    {
      id: 'endNoConsent',
      kind: 'end',
      name: 'Ei suostumusta',
      en: 'No consent: ends without sharing information',
      lane: WAC,
      col: 4,
      row: 1,
    },
    {
      id: 'ttsReferrer',
      kind: 'user',
      name: 'TTS kohdat 1–8',
      en: 'Fill the work-ability support plan sections 1–8 with the client',
      lane: WAC,
      col: 5,
      formKey: 'tts-referrer',
      expectedDuration: 'P14D',
    },
    { id: 'teamCall', kind: 'call', name: 'Työkyvyn tuen tiimi', en: 'The team process', lane: WAC, col: 6, calledElement: 'team-process' },
    { id: 'endTeam', kind: 'end', name: 'Tiimiprosessi päättyi', en: 'The team process has ended', lane: WAC, col: 7 },
  ],
  flows: [
    { id: 'toNegotiation', from: 'start', to: 'ohNegotiation' },
    { id: 'toSettledGateway', from: 'ohNegotiation', to: 'settledGateway' },
    { id: 'settled', from: 'settledGateway', to: 'endSettled', name: 'Kyllä', condition: '=wayForwardSettled = true' },
    {
      id: 'notSettled',
      from: 'settledGateway',
      to: 'consent',
      name: 'Ei: ohjaus tiimiin',
      condition: '=wayForwardSettled = false',
      route: 'vh',
    },
    { id: 'toConsentGateway', from: 'consent', to: 'consentGateway' },
    { id: 'consentGiven', from: 'consentGateway', to: 'ttsReferrer', name: 'Kyllä', isDefault: true },
    { id: 'consentRefused', from: 'consentGateway', to: 'endNoConsent', name: 'Ei', condition: '=consentGiven = false', route: 'vh' },
    { id: 'toTeamCall', from: 'ttsReferrer', to: 'teamCall' },
    { id: 'toEndTeam', from: 'teamCall', to: 'endTeam' },
  ],
};
