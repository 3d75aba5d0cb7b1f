/** The anonymous weekly consultation hour (DOMAIN §5): no client identity enters this process. */
import type { ProcessSpec } from '../build/spec.js';

const ASKER = 'Lane_asker';
const EXPERTS = 'Lane_experts';

export const consultationHour: ProcessSpec = {
  key: 'consultation-hour',
  name: 'Konsultaatiotunti',
  en: 'Anonymous consultation hour for case managers; booked by 12:00 on the previous day.',
  lanes: [
    { id: ASKER, name: 'Kysyjä', en: 'The asker (case manager)', role: 'case-manager', rows: 2 },
    { id: EXPERTS, name: 'Asiantuntijat', en: 'Experts: social worker, nurse, Kela, rehabilitation counsellor, case manager', role: 'social-worker', rows: 1 },
  ],
  nodes: [
    { id: 'start', kind: 'start', name: 'Tapaus konsultaatioon', en: 'A case to bring to the consultation hour', lane: ASKER, col: 0 },
    { id: 'bookingMerge', kind: 'xor', name: 'Varaus', en: 'Booking', lane: ASKER, col: 1 },
    { id: 'consultationCase', kind: 'user', name: 'Tapauksen kuvaus ja varaus', en: 'Describe the case anonymously and book by 12:00 on the previous day', lane: ASKER, col: 2, formKey: 'consultation-case', expectedDuration: 'P6D' },
    { id: 'bookingDeadline', kind: 'boundaryTimer', name: 'Varausaika umpeutui', en: 'No booking before the deadline: the experts are freed; book the next hour', lane: ASKER, col: 2, attachedTo: 'consultationCase', cancelActivity: true, timer: { kind: 'timeDuration', value: 'P6D' } },
    { id: 'consultationOutcome', kind: 'user', name: 'Konsultaation tulos', en: "The experts' outcome of the consultation", lane: EXPERTS, col: 3, formKey: 'consultation-outcome', candidateGroups: 'social-worker,nurse,kela,rehabilitation-counsellor,case-manager', expectedDuration: 'P7D' },
    { id: 'end', kind: 'end', name: 'Konsultoitu', en: 'Consulted', lane: EXPERTS, col: 4 },
  ],
  flows: [
    { id: 'toBooking', from: 'start', to: 'bookingMerge' },
    { id: 'toCase', from: 'bookingMerge', to: 'consultationCase' },
    { id: 'deadlinePassed', from: 'bookingDeadline', to: 'bookingMerge', route: { loop: { lane: ASKER, row: 1 } } },
    { id: 'toOutcome', from: 'consultationCase', to: 'consultationOutcome', route: 'hv' },
    { id: 'toEnd', from: 'consultationOutcome', to: 'end' },
  ],
};
