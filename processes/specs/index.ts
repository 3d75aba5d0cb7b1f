/** Every process description of Polku, one per .bpmn file. */
import type { ProcessSpec } from '../build/spec.js';
import { consultationHour } from './consultation-hour.js';
import { referralOccupationalHealth } from './referral-occupational-health.js';
import { referralSocialServices } from './referral-social-services.js';
import { referralTrial } from './referral-trial.js';
import { regionalBackbone } from './regional-backbone.js';
import { entryKainuu, entryKeskiSuomi, entryOulu, entryToike } from './regional-entries.js';
import { supportedEmployment } from './supported-employment.js';
import { teamProcess } from './team-process.js';

export const PROCESS_SPECS: ProcessSpec[] = [
  referralTrial,
  referralSocialServices,
  referralOccupationalHealth,
  teamProcess,
  consultationHour,
  supportedEmployment,
  entryKainuu,
  entryKeskiSuomi,
  entryOulu,
  entryToike,
  regionalBackbone,
];
