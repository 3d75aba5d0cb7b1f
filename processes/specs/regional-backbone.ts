/**
 * The backbone the five regional pilots share (Rovaniemi, Kainuu, Keski-Suomi, Oulu PALO, TOIKE):
 * identify the need and assess it with several professions (the region's own entry, a called
 * sub-process), consent before sharing (Y100), a coordinator named (at the entry in Oulu and TOIKE,
 * in the plan elsewhere), a joint plan, services and follow-up by the named person. The region is
 * configuration: the `region` variable picks the entry and the follow-up period (TOIKE: 3 months
 * from its report). Where a seed is silent the choices are marked in the documentation.
 */
import type { ProcessSpec } from '../build/spec.js';

const CO = 'Lane_coordinator';
const TEAM = 'Lane_team';
const WORKERS = 'case-manager,work-ability-coordinator,social-worker';
const RESPONSIBLE = '=responsiblePerson.username';
/** The region's follow-up period: TOIKE 3 months (its report); 90 days elsewhere (a default: the other seeds name none). */
const FOLLOW_UP = '=if region = "toike" then "P3M" else "P90D"';

const entry = (id: string, region: string, name: string, en: string, row: number) =>
  ({ id, kind: 'call' as const, name, en, lane: CO, col: 2, row, calledElement: `entry-${region}`, expectedDuration: 'P30D' });

export const regionalBackbone: ProcessSpec = {
  key: 'work-ability-backbone',
  name: 'Työkyvyn tuen polku (yhteinen runko)',
  en: 'The shared backbone of the regional work-ability paths: regional entry, consent, joint plan with a named coordinator, services and follow-up.',
  starters: `${WORKERS},occupational-health`,
  lanes: [
    { id: CO, name: 'Koordinaattori / omatyöntekijä', en: 'The coordinator or own worker (the responsible person once named)', role: 'case-manager', rows: 5 },
    { id: TEAM, name: 'Monialainen tiimi', en: 'The multi-professional team or network of the region', role: 'team', rows: 1 },
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Tuen tarve', en: 'A possible need for work-ability support (region set in the variable `region`)', lane: CO, col: 0 },
    { id: 'regionGateway', kind: 'xor', name: 'Alue?', en: 'Which region: its entry as a called sub-process', lane: CO, col: 1 },
    entry('entryKainuu', 'kainuu', 'Kainuu: tunnistus', 'Kainuu: health checks of the unemployed or early support of employees, through the network of work-ability coordinators', 0),
    entry('entryKeskiSuomi', 'keski-suomi', 'Keski-Suomi: alkupalvelu', 'Keski-Suomi: initial service as triage, then the work-ability team or the consultative team (Laukaa)', 1),
    entry('entryOulu', 'oulu-palo', 'Oulu PALO: arvio', 'Oulu PALO: own worker named at the service-need assessment, joint health appointment, functional assessment in rehabilitative work', 2),
    entry('entryToike', 'toike', 'TOIKE: matalan kynnyksen käynti', 'TOIKE: walk-in without referral, first visit within a week by the coordinator and occupational physician', 3),
    { id: 'identifyNeed', kind: 'user', name: 'Tarpeen tunnistus', en: 'Any other region: the coordinator identifies and assesses the need (the generic entry, chosen here: no seed prescribes one)', lane: CO, col: 2, row: 4, formKey: 'regional-entry', candidateGroups: WORKERS, expectedDuration: 'P14D' },
    { id: 'entryMerge', kind: 'xor', name: 'Arvioitu', en: 'The need has been assessed', lane: CO, col: 3 },
    { id: 'needGateway', kind: 'xor', name: 'Tarve vahvistui?', en: 'Was the need confirmed?', lane: CO, col: 4 },
    { id: 'endNoNeed', kind: 'end', name: 'Ei tuen tarvetta', en: 'No need for a joint plan: other services', lane: CO, col: 4, row: 1 },
    { id: 'consent', kind: 'user', name: 'Suostumus (Kela Y100)', en: "The client's consent before anything is shared between the organisations", lane: CO, col: 5, formKey: 'consent-y100', candidateGroups: WORKERS, assignee: RESPONSIBLE, expectedDuration: 'P7D' },
    { id: 'consentGateway', kind: 'xor', name: 'Suostumus annettu?', en: 'Consent given?', lane: CO, col: 6 },
    { id: 'endNoConsent', kind: 'end', name: 'Ei suostumusta', en: 'No consent: nothing is shared', lane: CO, col: 6, row: 1 },
    { id: 'planMerge', kind: 'xor', name: 'Suunnitelmaan', en: 'To the joint plan (first time or again)', lane: CO, col: 7 },
    { id: 'jointPlan', kind: 'user', name: 'Yhteinen suunnitelma', en: 'The joint client and service plan; names the coordinator when the entry did not (Kainuu, Keski-Suomi)', lane: TEAM, col: 8, formKey: 'tts-team', expectedDuration: 'P14D' },
    { id: 'followUpMerge', kind: 'xor', name: 'Palvelut', en: 'Services under way', lane: CO, col: 9 },
    { id: 'followUpTimer', kind: 'timerCatch', name: 'Seurantajakso', en: "The region's follow-up period (TOIKE 3 months; 90 days elsewhere, a default)", lane: CO, col: 10, timer: { kind: 'timeDuration', value: FOLLOW_UP } },
    { id: 'followUp', kind: 'user', name: 'Seuranta', en: 'The named coordinator follows up the plan', lane: CO, col: 11, formKey: 'follow-up', candidateGroups: WORKERS, assignee: RESPONSIBLE, expectedDuration: 'P14D' },
    { id: 'followUpGateway', kind: 'xor', name: 'Jatko?', en: 'Continue (also after a handover: the backbone has no handover step of its own), re-plan or close?', lane: CO, col: 12 },
    { id: 'endClosed', kind: 'end', name: 'Polku päättyi', en: 'The path is closed', lane: CO, col: 13 },
  ],
  flows: [
    { id: 'toRegion', from: 'start', to: 'regionGateway' },
    { id: 'kainuu', from: 'regionGateway', to: 'entryKainuu', name: 'Kainuu', condition: '=region = "kainuu"' },
    { id: 'keskiSuomi', from: 'regionGateway', to: 'entryKeskiSuomi', name: 'Keski-Suomi', condition: '=region = "keski-suomi"', route: 'vh' },
    { id: 'oulu', from: 'regionGateway', to: 'entryOulu', name: 'Oulu', condition: '=region = "oulu-palo"', route: 'vh' },
    { id: 'toike', from: 'regionGateway', to: 'entryToike', name: 'TOIKE', condition: '=region = "toike"', route: 'vh' },
    { id: 'otherRegion', from: 'regionGateway', to: 'identifyNeed', name: 'Muu', isDefault: true, route: 'vh' },
    { id: 'fromKainuu', from: 'entryKainuu', to: 'entryMerge' },
    { id: 'fromKeskiSuomi', from: 'entryKeskiSuomi', to: 'entryMerge', route: 'hv' },
    { id: 'fromOulu', from: 'entryOulu', to: 'entryMerge', route: 'hv' },
    { id: 'fromToike', from: 'entryToike', to: 'entryMerge', route: 'hv' },
    { id: 'fromIdentify', from: 'identifyNeed', to: 'entryMerge', route: 'hv' },
    { id: 'toNeed', from: 'entryMerge', to: 'needGateway' },
    { id: 'noNeed', from: 'needGateway', to: 'endNoNeed', name: 'Ei', condition: '=needConfirmed = false', route: 'vh' },
    { id: 'toConsent', from: 'needGateway', to: 'consent', name: 'Kyllä', isDefault: true },
    { id: 'toConsentGateway', from: 'consent', to: 'consentGateway' },
    { id: 'consentRefused', from: 'consentGateway', to: 'endNoConsent', name: 'Ei', condition: '=consentGiven = false', route: 'vh' },
    { id: 'toPlan', from: 'consentGateway', to: 'planMerge', name: 'Kyllä', isDefault: true },
    { id: 'toJointPlan', from: 'planMerge', to: 'jointPlan', route: 'vh' },
    { id: 'toServices', from: 'jointPlan', to: 'followUpMerge', route: 'vh' },
    { id: 'toFollowUpTimer', from: 'followUpMerge', to: 'followUpTimer' },
    { id: 'toFollowUp', from: 'followUpTimer', to: 'followUp' },
    { id: 'toFollowUpGateway', from: 'followUp', to: 'followUpGateway' },
    { id: 'followUpContinue', from: 'followUpGateway', to: 'followUpMerge', name: 'Jatketaan', isDefault: true, route: { loop: { lane: CO, row: 1 } } },
    { id: 'followUpReplan', from: 'followUpGateway', to: 'planMerge', name: 'Uusi suunnitelma', condition: '=followUpDecision = "reconvene"', route: { loop: { lane: CO, row: 2 } } },
    { id: 'followUpClose', from: 'followUpGateway', to: 'endClosed', name: 'Päätetään', condition: '=followUpDecision = "close"' },
  ],
};
