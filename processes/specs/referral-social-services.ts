/** Path 2 (DOMAIN §3, §7): the social worker brings the client to the team or to supported employment (IPS). */
import type { ProcessSpec } from '../build/spec.js';

const SW = 'Lane_socialWorker';

export const referralSocialServices: ProcessSpec = {
  key: 'referral-social-services',
  name: 'Ohjaus tiimiin sosiaalipalveluista',
  en: 'Referral from social services to the team or to supported employment (path 2).',
  lanes: [{ id: SW, name: 'Sosiaalityöntekijä', en: 'Social worker (adult social work or disability services)', role: 'social-worker', rows: 3 }],
  nodes: [
    { id: 'start', kind: 'start', name: 'Asiakkaan tilanne arvioitu', en: "The client's resources, strengths and motivation are being assessed", lane: SW, col: 0 },
    { id: 'socialAssessment', kind: 'user', name: 'Sosiaalipalvelujen arvio', en: "The social worker's assessment (e.g. Pakaste) and decision", lane: SW, col: 1, formKey: 'social-services-assessment', expectedDuration: 'P14D' },
    { id: 'socialGateway', kind: 'xor', name: 'Minne?', en: 'Where to?', lane: SW, col: 2 },
    { id: 'consent', kind: 'user', name: 'Suostumus (Kela Y100)', en: "Record the client's consent to share information (Kela form Y100)", lane: SW, col: 3, formKey: 'consent-y100', expectedDuration: 'P7D' },
    { id: 'consentGateway', kind: 'xor', name: 'Suostumus annettu?', en: 'Consent given?', lane: SW, col: 4 },
    { id: 'endNoConsent', kind: 'end', name: 'Ei suostumusta', en: 'No consent: ends without sharing information', lane: SW, col: 4, row: 1 },
    { id: 'ttsReferrer', kind: 'user', name: 'TTS kohdat 1–8', en: 'Fill the work-ability support plan sections 1–8 with the client', lane: SW, col: 5, formKey: 'tts-referrer', expectedDuration: 'P14D' },
    { id: 'teamCall', kind: 'call', name: 'Työkyvyn tuen tiimi', en: 'The team process', lane: SW, col: 6, calledElement: 'team-process' },
    { id: 'endTeam', kind: 'end', name: 'Tiimiprosessi päättyi', en: 'The team process has ended', lane: SW, col: 7 },
    { id: 'endOtherService', kind: 'end', name: 'Muuhun palveluun', en: 'Guided to another service', lane: SW, col: 3, row: 1 },
    { id: 'ipsCall', kind: 'call', name: 'Tuettu työllistyminen (IPS)', en: 'Supported employment coaching (IPS)', lane: SW, col: 3, row: 2, calledElement: 'supported-employment' },
    { id: 'endIps', kind: 'end', name: 'Työhönvalmennus päättyi', en: 'Supported employment has ended', lane: SW, col: 4, row: 2 },
  ],
  flows: [
    { id: 'toAssessment', from: 'start', to: 'socialAssessment' },
    { id: 'toSocialGateway', from: 'socialAssessment', to: 'socialGateway' },
    { id: 'socialTeam', from: 'socialGateway', to: 'consent', name: 'Tiimiin', condition: '=socialDecision = "team"' },
    { id: 'socialOther', from: 'socialGateway', to: 'endOtherService', name: 'Muu palvelu', condition: '=socialDecision = "other-service"', route: 'vh' },
    { id: 'socialIps', from: 'socialGateway', to: 'ipsCall', name: 'Tuettu työllistyminen', condition: '=socialDecision = "supported-employment"', route: 'vh' },
    { id: 'toConsentGateway', from: 'consent', to: 'consentGateway' },
    { id: 'consentGiven', from: 'consentGateway', to: 'ttsReferrer', name: 'Kyllä', isDefault: true },
    { id: 'consentRefused', from: 'consentGateway', to: 'endNoConsent', name: 'Ei', condition: '=consentGiven = false', route: 'vh' },
    { id: 'toTeamCall', from: 'ttsReferrer', to: 'teamCall' },
    { id: 'toEndTeam', from: 'teamCall', to: 'endTeam' },
    { id: 'toEndIps', from: 'ipsCall', to: 'endIps' },
  ],
};
