/** The team process (DOMAIN §4): booking and invitations, the meeting on an odd-week Wednesday, TTS §8–13, follow-up. */
import type { ProcessSpec } from '../build/spec.js';

const CM = 'Lane_responsible';
/** From the meeting on, tasks go to the person the team named (TTS §12), resolved to a user by the engine; before that, to the roles. */
const RESPONSIBLE = '=responsiblePerson.username';
/** Whoever referred books the slot: the case manager (path 1), social worker (path 2) or work-ability coordinator (path 3). */
const REFERRERS = 'case-manager,social-worker,work-ability-coordinator';
/** Odd ISO week, a Wednesday, and at least seven days ahead: invitations go out a week before. */
const SLOT_OK =
  '=odd(week of year(date and time(meetingDate))) and day of week(date and time(meetingDate)) = "Wednesday" and date and time(meetingDate) - now() >= duration("P7D")';

export const teamProcess: ProcessSpec = {
  key: 'team-process',
  name: 'Työkyvyn tuen tiimi',
  en: 'The work-ability support team: booking, meeting, plan (TTS), signatures, distribution and follow-up.',
  lanes: [
    { id: CM, name: 'Ohjaaja / vastuuhenkilö', en: 'The referrer and later the responsible person (case-manager model)', role: 'case-manager', rows: 4 },
    { id: 'Lane_team', name: 'Tiimi', en: 'The multi-professional team in the meeting', role: 'team', rows: 1 },
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Ohjattu tiimiin', en: 'Referred to the team', lane: CM, col: 0 },
    { id: 'bookingMerge', kind: 'xor', name: 'Varaa aika', en: 'Book a slot (again)', lane: CM, col: 1 },
    { id: 'teamInvitation', kind: 'user', name: 'Tiimiajan varaus ja kutsut', en: 'Book the meeting slot, tick the parties needed and confirm the invitations', lane: CM, col: 2, formKey: 'team-invitation', candidateGroups: REFERRERS, assignee: RESPONSIBLE, expectedDuration: 'P7D' },
    { id: 'invitationReminder', kind: 'boundaryTimer', name: '3 päivää', en: 'Invitations not confirmed within three days', lane: CM, col: 2, attachedTo: 'teamInvitation', cancelActivity: true, timer: { kind: 'timeDuration', value: 'P3D' } },
    { id: 'invitationEscalation', kind: 'user', name: 'Muistutus: vahvista kutsut', en: 'Reminder to the referrer: confirm the invitations now', lane: CM, col: 2, row: 1, formKey: 'team-invitation', candidateGroups: REFERRERS, assignee: RESPONSIBLE, expectedDuration: 'P2D' },
    { id: 'invitationMerge', kind: 'xor', name: 'Vahvistus', en: 'Invitation answered on time or after the reminder', lane: CM, col: 3 },
    { id: 'confirmedGateway', kind: 'xor', name: 'Kutsut vahvistettu?', en: 'Invitations confirmed?', lane: CM, col: 4 },
    { id: 'slotGateway', kind: 'xor', name: 'Aika kelpaa?', en: 'Odd-week Wednesday at least seven days ahead?', lane: CM, col: 5 },
    { id: 'meetingTimer', kind: 'timerCatch', name: 'Tiimin kokous', en: 'Wait until the meeting', lane: CM, col: 6, timer: { kind: 'timeDate', value: '=meetingDate' } },
    { id: 'ttsTeam', kind: 'user', name: 'TTS kohdat 8–13 kokouksessa', en: 'The team fills the plan sections 8–13 in the meeting and names the responsible person', lane: 'Lane_team', col: 7, formKey: 'tts-team', expectedDuration: 'P1D' },
    { id: 'signatures', kind: 'user', name: 'Allekirjoitukset', en: 'The client and the responsible person sign the plan (assigned to the responsible person)', lane: CM, col: 8, formKey: 'tts-team', assignee: RESPONSIBLE, expectedDuration: 'P3D' },
    { id: 'distribution', kind: 'user', name: 'Suunnitelman jakelu', en: 'Save the plan as PDF, give the client a copy and send it securely to every party', lane: CM, col: 9, formKey: 'tts-team', assignee: RESPONSIBLE, expectedDuration: 'P3D' },
    { id: 'followUpMerge', kind: 'xor', name: 'Seuranta', en: 'Follow-up period', lane: CM, col: 10 },
    { id: 'followUpTimer', kind: 'timerCatch', name: '90 päivää', en: 'Ninety days of following the plan', lane: CM, col: 11, timer: { kind: 'timeDuration', value: 'P90D' } },
    { id: 'followUp', kind: 'user', name: 'Seuranta', en: 'The responsible person follows up the plan', lane: CM, col: 12, formKey: 'follow-up', assignee: RESPONSIBLE, expectedDuration: 'P14D' },
    { id: 'followUpGateway', kind: 'xor', name: 'Jatko?', en: 'Continue, reconvene, hand over to a new responsible person, or close?', lane: CM, col: 13 },
    { id: 'handover', kind: 'user', name: 'Vastuuhenkilön vaihto', en: 'The responsible person hands the path over to a new one with a handover note, so that the client does not start from the beginning', lane: CM, col: 14, row: 1, formKey: 'responsible-handover', assignee: RESPONSIBLE, expectedDuration: 'P7D' },
    { id: 'endClosed', kind: 'end', name: 'Suunnitelma päättyi', en: 'The plan is closed', lane: CM, col: 14 },
  ],
  flows: [
    { id: 'toBooking', from: 'start', to: 'bookingMerge' },
    { id: 'toInvitation', from: 'bookingMerge', to: 'teamInvitation' },
    { id: 'toInvitationMerge', from: 'teamInvitation', to: 'invitationMerge' },
    { id: 'toConfirmed', from: 'invitationMerge', to: 'confirmedGateway' },
    { id: 'toEscalation', from: 'invitationReminder', to: 'invitationEscalation' },
    { id: 'escalationToConfirmed', from: 'invitationEscalation', to: 'invitationMerge', route: 'hv' },
    { id: 'notConfirmed', from: 'confirmedGateway', to: 'bookingMerge', name: 'Ei', condition: '=invitationsConfirmed = false', route: { loop: { lane: CM, row: 2 } } },
    { id: 'confirmed', from: 'confirmedGateway', to: 'slotGateway', name: 'Kyllä', isDefault: true },
    { id: 'slotOk', from: 'slotGateway', to: 'meetingTimer', name: 'Kyllä', condition: SLOT_OK },
    { id: 'slotNotOk', from: 'slotGateway', to: 'bookingMerge', name: 'Ei: varaa uusi aika', isDefault: true, route: { loop: { lane: CM, row: 2 } } },
    { id: 'toTtsTeam', from: 'meetingTimer', to: 'ttsTeam', route: 'vh' },
    { id: 'toSignatures', from: 'ttsTeam', to: 'signatures', route: 'vh' },
    { id: 'toDistribution', from: 'signatures', to: 'distribution' },
    { id: 'toFollowUpMerge', from: 'distribution', to: 'followUpMerge' },
    { id: 'toFollowUpTimer', from: 'followUpMerge', to: 'followUpTimer' },
    { id: 'toFollowUp', from: 'followUpTimer', to: 'followUp' },
    { id: 'toFollowUpGateway', from: 'followUp', to: 'followUpGateway' },
    { id: 'followUpContinue', from: 'followUpGateway', to: 'followUpMerge', name: 'Jatketaan', condition: '=followUpDecision = "continue"', route: { loop: { lane: CM, row: 1 } } },
    { id: 'followUpReconvene', from: 'followUpGateway', to: 'bookingMerge', name: 'Uusi tiimi', condition: '=followUpDecision = "reconvene"', route: { loop: { lane: CM, row: 2 } } },
    { id: 'followUpHandover', from: 'followUpGateway', to: 'handover', name: 'Vastuuhenkilö vaihtuu', condition: '=followUpDecision = "handover"', route: 'vh' },
    { id: 'handoverDone', from: 'handover', to: 'followUpMerge', route: { loop: { lane: CM, row: 3 } } },
    { id: 'followUpClose', from: 'followUpGateway', to: 'endClosed', name: 'Päätetään', condition: '=followUpDecision = "close"' },
  ],
};
