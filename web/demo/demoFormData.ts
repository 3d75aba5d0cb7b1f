/**
 * Fictional form data for the demo paths, one entry per form key the demo can fill. No real
 * person: names end in "(demo)"; the one henkilötunnus is 131052-308T, the example code of the
 * Finnish population register's public documentation, so that demo paths reach the health check.
 */
import { firstSlotAfter } from '../../engine/meetings/slot.js';

/** The demo's team meeting: the first slot (odd-week Wednesday 13:00) at least eight days after the server starts. */
const DEMO_MEETING = firstSlotAfter(new Date(), 8).toISOString();

export const DEMO_FORM_DATA: Record<string, Record<string, unknown>> = {
  checklist: {
    healthAndWorkAbility: { mentalHealthProblems: true, ageOver49: false },
    educationAndSkills: { outdatedSkills: true },
    motivationAndAttitude: { selfEfficacy: true, keepsAppointments: true },
    strengthOther: 'Vapaaehtoistyö (demo)',
  },
  background: {
    date: '2026-11-20',
    name: 'Testi Henkilö (demo)',
    henkilotunnus: '131052-308T',
    workAbilityOwnView: 'reduced-manage-own-occupation',
    primaryGoal: 'employment',
    ownStrengths: 'Täsmällinen, pitää lupauksensa (demo).',
  },
  'route-choice': { route: 'health', reason: 'Terveydentila on selvittämättä (demo).' },
  'consent-y100': {
    consentGiven: true,
    parties: ['health-doctor', 'kela', 'social-services'],
    givenOn: '2026-11-20',
    recordedBy: 'Aino Asiakasvastaava (demo)',
  },
  'health-check-feedback': {
    checkDate: '2026-11-21',
    findings: 'Fiktiivinen havainto (demo)',
    nurseDecision: 'doctor',
    nurseName: 'Helmi Hoitaja (demo)',
  },
  'health-feedback-received': { feedbackRead: true, discussedWithClient: true, agreedNextSteps: 'Fiktiiviset jatkotoimet (demo).' },
  'doctor-assessment': { assessmentDate: '2026-11-22', workAbilityAssessment: 'Fiktiivinen arvio (demo).', doctorDecision: 'team' },
  'consultation-case': {
    reasons: ['team-benefit'],
    question: 'Hyötyisikö fiktiivinen asiakas tiimistä? (demo)',
    askerRole: 'case-manager',
  },
  'consultation-outcome': { consultationOutcome: 'team', notes: 'Fiktiivinen suositus (demo).' },
  'social-services-assessment': {
    resources: 'Tukiverkko (demo)',
    strengths: 'Sinnikäs (demo)',
    motivation: 'Korkea',
    socialDecision: 'supported-employment',
  },
  'oh-negotiation': { negotiationDate: '2026-10-01', wayForwardSettled: false, agreed: 'Ohjataan tiimiin (demo).' },
  'ips-referral': { referralSource: 'social-services', municipality: 'Rovaniemi', referredOn: '2026-11-01', coach: 'job-coach' },
  'ips-handover': {
    meetingDate: '2026-11-10',
    jobCoachName: 'Ville Valmentaja (demo)',
    socialServicesWorker: 'Sanna Sosiaalityöntekijä (demo)',
  },
  'team-booking': {
    meetingDate: DEMO_MEETING,
    meetingPlace: 'Neuvotteluhuone 3 (demo)',
    invitedParties: [{ party: 'kela', name: 'Kalle Kelalainen (demo)' }],
  },
  'team-invitation': {
    meetingDate: DEMO_MEETING,
    meetingPlace: 'Neuvotteluhuone 3 (demo)',
    invitedParties: [{ party: 'kela', name: 'Kalle Kelalainen (demo)', confirmed: true }],
    invitationsConfirmed: true,
  },
  'tts-referrer': {
    invitedParties: [
      { party: 'kela', name: 'Kalle Kelalainen (demo)' },
      { party: 'social-services', name: 'Sanna Sosiaalityöntekijä (demo)' },
    ],
    client: { name: 'Testi Henkilö (demo)', henkilotunnus: '131052-308T' },
    clientGoal: 'Osa-aikatyö omalla alalla (demo).',
  },
  'regional-entry': { assessmentSummary: 'Fiktiivinen arvio (demo).', needConfirmed: true, clientGroup: 'unemployed' },
  'follow-up': { followUpDate: '2027-01-15', progress: 'Työkokeilu alkanut (demo).', followUpDecision: 'continue' },
};
