/**
 * The team process (DOMAIN §4): one client per meeting (the booking is refused when another client
 * holds the slot), odd-week Wednesdays 13–15, invitations confirmed by the meeting date minus seven
 * days, TTS §8–13 naming the responsible person, who then owns every step; the team may decide to
 * meet again; follow-ups come on the dates of the TTS §11 rows (90 days when no row gives one: a default).
 */
import type { ProcessSpec } from '../build/spec.js';

const CM = 'Lane_responsible';
/** From the meeting on, tasks go to the person the team named (TTS §12), resolved to a user by the engine; before that, to the roles. */
const RESPONSIBLE = '=responsiblePerson.username';
/** Whoever referred books the slot: the case manager (path 1), social worker (path 2) or work-ability coordinator (path 3). */
const REFERRERS = 'case-manager,social-worker,work-ability-coordinator';
/** Odd ISO week, a Wednesday, and at least seven days ahead: invitations are confirmed a week before (DOMAIN §4). */
const SLOT_OK =
  '=odd(week of year(date and time(meetingDate))) and day of week(date and time(meetingDate)) = "Wednesday" and date and time(meetingDate) - now() >= duration("P7D")';

/** Seven days before the meeting: the last moment to confirm the invitations (DOMAIN §4). */
const CONFIRM_BY = '=string(date and time(meetingDate) - duration("P7D"))';
/** The latest follow-up so far, or today. */
const SINCE = '(if followUpDate != null and followUpDate > string(today()) then followUpDate else string(today()))';
/** The next follow-up date among the TTS §11 rows after the last follow-up; 90 days from today when none is left (a default). */
const NEXT_FOLLOW_UP = `=concatenate(sort((for r in (if schedule = null then [] else schedule) return if r.followUpDate != null and r.followUpDate > ${SINCE} then r.followUpDate else null)[item != null], function(a, b) a < b), [string(today() + duration("P90D"))])[1] + "T07:00:00Z"`;

export const teamProcess: ProcessSpec = {
  key: 'team-process',
  name: 'Työkyvyn tuen tiimi',
  en: 'The work-ability support team: booking, meeting, plan (TTS), signatures, distribution and follow-up.',
  lanes: [
    {
      id: CM,
      name: 'Ohjaaja / vastuuhenkilö',
      en: 'The referrer and later the responsible person (case-manager model)',
      role: 'case-manager',
      rows: 4,
    },
    { id: 'Lane_team', name: 'Tiimi', en: 'The multi-professional team in the meeting', role: 'team', rows: 1 },
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Ohjattu tiimiin', en: 'Referred to the team', lane: CM, col: 0 },
    { id: 'bookingMerge', kind: 'xor', name: 'Varaa aika', en: 'Book a slot (again)', lane: CM, col: 1 },
    {
      id: 'teamBooking',
      kind: 'user',
      name: 'Tiimiajan varaus',
      en: 'Book the meeting slot (one client per meeting, odd-week Wednesday 13–15) and tick the parties needed (TTS §1)',
      lane: CM,
      col: 2,
      formKey: 'team-booking',
      candidateGroups: REFERRERS,
      assignee: RESPONSIBLE,
      bookSlot: 'meetingDate',
      expectedDuration: 'P7D',
      stalledRule: 'meeting-rhythm',
    },
    {
      id: 'teamInvitation',
      kind: 'user',
      name: 'Kutsujen vahvistus',
      en: 'Confirm the invitations at least seven days before the meeting, so that those not needed can free their time',
      lane: CM,
      col: 3,
      formKey: 'team-invitation',
      candidateGroups: REFERRERS,
      assignee: RESPONSIBLE,
      bookSlot: 'meetingDate',
      expectedDuration: 'P7D',
      stalledRule: 'meeting-rhythm,invitation-unconfirmed',
    },
    {
      id: 'confirmDeadline',
      kind: 'boundaryTimer',
      name: 'Viikkoa ennen kokousta',
      en: 'Not confirmed by the meeting date minus seven days: the slot is given up and a new one booked',
      lane: CM,
      col: 3,
      attachedTo: 'teamInvitation',
      cancelActivity: true,
      timer: { kind: 'timeDate', value: CONFIRM_BY },
      durationSource: 'DOMAIN §4 (Rovaniemi: confirmed at least one week before)',
    },
    { id: 'confirmedGateway', kind: 'xor', name: 'Kutsut vahvistettu?', en: 'Invitations confirmed?', lane: CM, col: 4 },
    { id: 'slotGateway', kind: 'xor', name: 'Aika kelpaa?', en: 'Odd-week Wednesday at least seven days ahead?', lane: CM, col: 5 },
    {
      id: 'meetingTimer',
      kind: 'timerCatch',
      name: 'Tiimin kokous',
      en: 'Wait until the meeting',
      lane: CM,
      col: 6,
      timer: { kind: 'timeDate', value: '=meetingDate' },
      stalledRule: 'meeting-rhythm',
      milestone: 'team-meeting',
    },
    {
      id: 'ttsTeam',
      kind: 'user',
      name: 'TTS kohdat 8–13 kokouksessa',
      en: 'The team fills the plan sections 8–13 in the meeting, names the responsible person (§12) and may decide to meet again',
      lane: 'Lane_team',
      col: 7,
      formKey: 'tts-team',
      expectedDuration: 'P1D',
    },
    {
      id: 'signatures',
      kind: 'user',
      name: 'Allekirjoitukset',
      en: 'The client and the responsible person sign the plan (assigned to the responsible person)',
      lane: CM,
      col: 8,
      formKey: 'tts-team',
      assignee: RESPONSIBLE,
      expectedDuration: 'P3D',
    },
    {
      id: 'distribution',
      kind: 'user',
      name: 'Suunnitelman jakelu',
      en: 'Save the plan as PDF, give the client a copy and send it securely to every party',
      lane: CM,
      col: 9,
      formKey: 'tts-team',
      assignee: RESPONSIBLE,
      expectedDuration: 'P3D',
    },
    { id: 'meetAgainGateway', kind: 'xor', name: 'Uusi kokous?', en: 'Did the team decide to meet again?', lane: CM, col: 10 },
    { id: 'followUpMerge', kind: 'xor', name: 'Seuranta', en: 'Follow-up period', lane: CM, col: 11 },
    {
      id: 'followUpTimer',
      kind: 'timerCatch',
      name: 'Seurantapäivä (TTS 11)',
      en: 'Until the next follow-up date of the TTS §11 rows; 90 days when no row gives one (a default: the pilots give none)',
      lane: CM,
      col: 12,
      timer: { kind: 'timeDate', value: NEXT_FOLLOW_UP },
    },
    {
      id: 'followUp',
      kind: 'user',
      name: 'Seuranta',
      en: 'The responsible person follows up the plan',
      lane: CM,
      col: 13,
      formKey: 'follow-up',
      assignee: RESPONSIBLE,
      expectedDuration: 'P14D',
      stalledRule: 'follow-up-missed',
    },
    {
      id: 'followUpGateway',
      kind: 'xor',
      name: 'Jatko?',
      en: 'Continue, reconvene, hand over to a new responsible person, or close?',
      lane: CM,
      col: 14,
    },
    {
      id: 'handover',
      kind: 'user',
      name: 'Vastuuhenkilön vaihto',
      en: 'The responsible person hands the path over to a new one with a handover note, so that the client does not start from the beginning',
      lane: CM,
      col: 15,
      row: 1,
      formKey: 'responsible-handover',
      assignee: RESPONSIBLE,
      expectedDuration: 'P7D',
    },
    { id: 'endClosed', kind: 'end', name: 'Suunnitelma päättyi', en: 'The plan is closed', lane: CM, col: 15 },
  ],
  flows: [
    { id: 'toBooking', from: 'start', to: 'bookingMerge' },
    { id: 'toTeamBooking', from: 'bookingMerge', to: 'teamBooking' },
    { id: 'toInvitation', from: 'teamBooking', to: 'teamInvitation' },
    { id: 'toConfirmed', from: 'teamInvitation', to: 'confirmedGateway' },
    { id: 'confirmTooLate', from: 'confirmDeadline', to: 'bookingMerge', route: { loop: { lane: CM, row: 1 } } },
    {
      id: 'notConfirmed',
      from: 'confirmedGateway',
      to: 'bookingMerge',
      name: 'Ei',
      condition: '=invitationsConfirmed = false',
      route: { loop: { lane: CM, row: 2 } },
    },
    { id: 'confirmed', from: 'confirmedGateway', to: 'slotGateway', name: 'Kyllä', isDefault: true },
    { id: 'slotOk', from: 'slotGateway', to: 'meetingTimer', name: 'Kyllä', condition: SLOT_OK },
    {
      id: 'slotNotOk',
      from: 'slotGateway',
      to: 'bookingMerge',
      name: 'Ei: varaa uusi aika',
      isDefault: true,
      route: { loop: { lane: CM, row: 2 } },
    },
    { id: 'toTtsTeam', from: 'meetingTimer', to: 'ttsTeam', route: 'vh' },
    { id: 'toSignatures', from: 'ttsTeam', to: 'signatures', route: 'vh' },
    { id: 'toDistribution', from: 'signatures', to: 'distribution' },
    { id: 'toMeetAgain', from: 'distribution', to: 'meetAgainGateway' },
    {
      id: 'meetAgain',
      from: 'meetAgainGateway',
      to: 'bookingMerge',
      name: 'Kyllä',
      condition: '=meetAgain = true',
      route: { loop: { lane: CM, row: 2 } },
    },
    { id: 'noMeeting', from: 'meetAgainGateway', to: 'followUpMerge', name: 'Ei', isDefault: true },
    { id: 'toFollowUpTimer', from: 'followUpMerge', to: 'followUpTimer' },
    { id: 'toFollowUp', from: 'followUpTimer', to: 'followUp' },
    { id: 'toFollowUpGateway', from: 'followUp', to: 'followUpGateway' },
    {
      id: 'followUpContinue',
      from: 'followUpGateway',
      to: 'followUpMerge',
      name: 'Jatketaan',
      condition: '=followUpDecision = "continue"',
      route: { loop: { lane: CM, row: 1 } },
    },
    {
      id: 'followUpReconvene',
      from: 'followUpGateway',
      to: 'bookingMerge',
      name: 'Uusi tiimi',
      condition: '=followUpDecision = "reconvene"',
      route: { loop: { lane: CM, row: 2 } },
    },
    {
      id: 'followUpHandover',
      from: 'followUpGateway',
      to: 'handover',
      name: 'Vastuuhenkilö vaihtuu',
      condition: '=followUpDecision = "handover"',
      route: 'vh',
    },
    { id: 'handoverDone', from: 'handover', to: 'followUpMerge', route: { loop: { lane: CM, row: 3 } } },
    { id: 'followUpClose', from: 'followUpGateway', to: 'endClosed', name: 'Päätetään', condition: '=followUpDecision = "close"' },
  ],
};
