/**
 * The anonymous weekly consultation hour (DOMAIN §5): no client identity enters this process.
 * Weekly on Thursdays, one hour; booking closes at 12:00 (Helsinki) on the previous day; the experts
 * take the cases in order of arrival (their tasks are created at booking, and the inbox lists them by
 * deadline, then arrival). Any asker the pilot widened it to starts it, outside path 1 too: case
 * managers (also immigrant services), social workers and counsellors (also disability services) and
 * primary-care doctors. The outcome goes back to whoever asked: into path 1 when called from there,
 * else as a task for the asker.
 */
import type { ProcessSpec } from '../build/spec.js';

const ASKER = 'Lane_asker';
const EXPERTS = 'Lane_experts';
const ASKERS = 'case-manager,social-worker,doctor';
/** No session date (the next hour), or a Thursday booked by 12:00 Helsinki time the day before. */
const LATE =
  '=sessionDate != null and (day of week(date(sessionDate)) != "Thursday" or now() > date and time(date(sessionDate) - duration("P1D"), time("12:00:00@Europe/Helsinki")))';

export const consultationHour: ProcessSpec = {
  key: 'consultation-hour',
  name: 'Konsultaatiotunti',
  en: 'Anonymous weekly consultation hour (Thursday, one hour); booked by 12:00 on the previous day; cases in order of arrival.',
  starters: ASKERS,
  lanes: [
    {
      id: ASKER,
      name: 'Kysyjä',
      en: 'The asker: case manager, social worker or counsellor, primary-care doctor',
      role: 'case-manager',
      rows: 2,
    },
    {
      id: EXPERTS,
      name: 'Asiantuntijat',
      en: 'Experts: social worker, nurse, Kela, rehabilitation counsellor, case manager',
      role: 'social-worker',
      rows: 1,
    },
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Tapaus konsultaatioon', en: 'A case to bring to the consultation hour', lane: ASKER, col: 0 },
    { id: 'bookingMerge', kind: 'xor', name: 'Varaus', en: 'Booking', lane: ASKER, col: 1 },
    {
      id: 'consultationCase',
      kind: 'user',
      name: 'Tapauksen kuvaus ja varaus',
      en: 'Describe the case anonymously and book a Thursday hour by 12:00 on the previous day',
      lane: ASKER,
      col: 2,
      formKey: 'consultation-case',
      candidateGroups: ASKERS,
      assignee: '=startedBy',
      expectedDuration: 'P7D',
      consultationHour: 'sessionDate',
    },
    {
      id: 'bookingGateway',
      kind: 'xor',
      name: 'Varaus ajoissa?',
      en: 'Booked for a Thursday by 12:00 on the previous day? Otherwise the experts are freed and the asker books the next hour',
      lane: ASKER,
      col: 3,
    },
    {
      id: 'consultationOutcome',
      kind: 'user',
      name: 'Konsultaation tulos',
      en: "The experts' outcome of the consultation (cases in order of arrival)",
      lane: EXPERTS,
      col: 4,
      formKey: 'consultation-outcome',
      candidateGroups: 'social-worker,nurse,kela,rehabilitation-counsellor,case-manager',
      expectedDuration: 'P7D',
      durationSource: 'DOMAIN §5 (weekly hour)',
    },
    {
      id: 'returnGateway',
      kind: 'xor',
      name: 'Kenelle tulos?',
      en: 'Where does the outcome go: back into path 1, or to the asker?',
      lane: EXPERTS,
      col: 5,
    },
    {
      id: 'endToReferral',
      kind: 'end',
      name: 'Tulos ohjaukseen',
      en: 'The outcome goes back into the referral (path 1) that asked',
      lane: EXPERTS,
      col: 6,
    },
    {
      id: 'outcomeToAsker',
      kind: 'user',
      name: 'Tulos kysyjälle',
      en: 'The asker receives the outcome and acts on it',
      lane: ASKER,
      col: 6,
      formKey: 'consultation-outcome',
      candidateGroups: ASKERS,
      assignee: '=startedBy',
      expectedDuration: 'P7D',
    },
    { id: 'end', kind: 'end', name: 'Konsultoitu', en: 'Consulted', lane: ASKER, col: 7 },
  ],
  flows: [
    { id: 'toBooking', from: 'start', to: 'bookingMerge' },
    { id: 'toCase', from: 'bookingMerge', to: 'consultationCase' },
    { id: 'toBookingGateway', from: 'consultationCase', to: 'bookingGateway' },
    {
      id: 'bookedLate',
      from: 'bookingGateway',
      to: 'bookingMerge',
      name: 'Myöhässä',
      condition: LATE,
      route: { loop: { lane: ASKER, row: 1 } },
    },
    { id: 'toOutcome', from: 'bookingGateway', to: 'consultationOutcome', name: 'Ajoissa', isDefault: true, route: 'hv' },
    { id: 'toReturn', from: 'consultationOutcome', to: 'returnGateway' },
    { id: 'backToReferral', from: 'returnGateway', to: 'endToReferral', name: 'Polku 1', condition: '=route != null' },
    { id: 'toAsker', from: 'returnGateway', to: 'outcomeToAsker', name: 'Kysyjälle', isDefault: true, route: 'vh' },
    { id: 'toEnd', from: 'outcomeToAsker', to: 'end' },
  ],
};
