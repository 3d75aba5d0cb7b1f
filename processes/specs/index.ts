/** Every process description of Polku, one per .bpmn file. */
import type { ProcessSpec } from '../build/spec.js';
import { consultationHour } from './consultation-hour.js';
import { referralOccupationalHealth } from './referral-occupational-health.js';
import { referralSocialServices } from './referral-social-services.js';
import { referralTrial } from './referral-trial.js';
import { regionalBackbone } from './regional-backbone.js';
import { entryKainuu } from './entry-kainuu.js';
import { entryKeskiSuomi } from './entry-keski-suomi.js';
import { entryOulu, ouluMeasures } from './entry-oulu-palo.js';
import { entryToike } from './entry-toike.js';
import { kainuuEarlySupport } from './kainuu-early-support.js';
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
  ouluMeasures,
  kainuuEarlySupport,
  regionalBackbone,
];
