/**
 * Supported employment coaching by the IPS quality criteria (DOMAIN §7), as the Rovaniemi pilot
 * counted it: the referral source and municipality recorded at intake (eight sources), a waiting
 * list when every coach has 20 clients, the tripartite handover, the first employer contact within
 * 30 days, then coaching periods that repeat: employment episodes (several per person; coaching goes
 * on after employment), work trial and study as interim steps, and the end as "ended, no longer
 * needed" or "dropped out" with a reason, and its outcome on the ips-outcome form. Each period logs
 * the employer contacts. The engine enforces the caseload when the coach is named (ipsReferral's
 * `caseload`); a waiting client is given the first free place in arrival order (message
 * `ips-place-free`, engine/usecases/ipsWaitingList.ts). IPS has no fixed length; the 30-day period
 * and the 14-day waiting-list check are defaults (the pilot gives none).
 */
import type { ProcessSpec } from '../build/spec.js';
import { IPS } from '../../engine/usecases/ipsRules.js';

const JC = 'Lane_jobCoach';
/** After intake, the coach named there owns the path (resolved to a user by the engine). */
const COACH = '=coach';

export const supportedEmployment: ProcessSpec = {
  key: 'supported-employment',
  name: 'Tuettu työllistyminen (IPS)',
  en: 'Supported employment (IPS): intake with source and municipality, waiting list, tripartite handover, first employer contact within 30 days, repeating coaching periods with employment episodes, ended or dropped out.',
  starters: 'job-coach,social-worker,case-manager',
  lanes: [{ id: JC, name: 'Työhönvalmentaja', en: 'Job coach', role: 'job-coach', rows: 4 }],
  nodes: [
    {
      id: 'start',
      kind: 'start',
      name: 'Ohjattu työhönvalmennukseen',
      en: 'Guided to supported employment from any of the eight sources',
      lane: JC,
      col: 0,
    },
    { id: 'intakeMerge', kind: 'xor', name: 'Valmennukseen otto', en: 'Intake (again after the waiting list)', lane: JC, col: 1 },
    {
      id: 'ipsReferral',
      kind: 'user',
      name: 'Ohjaus ja valmentaja',
      en: 'Record the referral source and municipality; name the coach, or put the client on the waiting list when every coach has 20 clients',
      lane: JC,
      col: 2,
      formKey: 'ips-referral',
      expectedDuration: 'P7D',
      caseload: { field: IPS.coachField, role: IPS.coachRole, limit: IPS.caseloadLimit, waitingField: IPS.waitingField },
    },
    { id: 'waitingGateway', kind: 'xor', name: 'Jonoon?', en: 'All coaches full (20 clients each)?', lane: JC, col: 3 },
    {
      id: 'waitingList',
      kind: 'receive',
      name: 'Jonossa',
      en: 'On the waiting list: the first free place goes to the client who has waited longest',
      lane: JC,
      col: 3.5,
      row: 2,
      message: IPS.placeFreeMessage,
      // The 14-day check below comes at the same time: until then the wait is as expected.
      expectedDuration: 'P14D',
    },
    {
      id: 'waitingTimer',
      kind: 'boundaryTimer',
      name: '14 päivää jonossa',
      en: 'Fourteen days on the waiting list: intake is checked again (the place in the queue is kept)',
      lane: JC,
      col: 3.5,
      attachedTo: 'waitingList',
      cancelActivity: true,
      timer: { kind: 'timeDuration', value: 'P14D' },
    },
    { id: 'handoverMerge', kind: 'xor', name: 'Valmentaja nimetty', en: 'A coach is named', lane: JC, col: 4 },
    {
      id: 'ipsHandover',
      kind: 'user',
      name: 'Kolmikantaneuvottelu',
      en: 'Tripartite handover meeting: job coach, social-services worker and client',
      lane: JC,
      col: 5,
      formKey: 'ips-handover',
      assignee: COACH,
      expectedDuration: 'P14D',
    },
    {
      id: 'firstEmployerContact',
      kind: 'receive',
      name: 'Ensimmäinen työnantajakontakti',
      en: 'First employer contact, expected within 30 days of the start',
      lane: JC,
      col: 6,
      message: 'first-employer-contact',
      expectedDuration: 'P30D',
      durationSource: 'IPS quality criteria (DOMAIN §7)',
    },
    { id: 'coachingMerge', kind: 'xor', name: 'Valmennus', en: 'Coaching goes on', lane: JC, col: 7 },
    {
      id: 'coaching',
      kind: 'user',
      name: 'Valmennusjakso',
      en: 'A coaching period: employment started or ended, work trial, study, or coaching goes on; employer contacts logged',
      lane: JC,
      col: 8,
      formKey: 'ips-episode',
      assignee: COACH,
      expectedDuration: 'P30D',
    },
    { id: 'eventGateway', kind: 'xor', name: 'Päättyykö?', en: 'Does the coaching end?', lane: JC, col: 9 },
    {
      id: 'ipsOutcome',
      kind: 'user',
      name: 'Valmennuksen tulos',
      en: 'The outcome of the coaching, recorded by the coach when it ends: employed (sector, pay subsidy), apprenticeship, work trial, study, other services, ended or dropped out',
      lane: JC,
      col: 10,
      formKey: 'ips-outcome',
      assignee: COACH,
      expectedDuration: 'P7D',
    },
    { id: 'endGateway', kind: 'xor', name: 'Miten päättyi?', en: 'Ended or dropped out?', lane: JC, col: 11 },
    {
      id: 'endEnded',
      kind: 'end',
      name: 'Päättyi: tukea ei tarvita',
      en: 'Ended: support no longer needed (after employment)',
      lane: JC,
      col: 12,
    },
    {
      id: 'endDroppedOut',
      kind: 'end',
      name: 'Keskeytyi',
      en: 'Dropped out (before employment, mostly by moving away), with a reason',
      lane: JC,
      col: 12,
      row: 1,
    },
  ],
  flows: [
    { id: 'toIntake', from: 'start', to: 'intakeMerge' },
    { id: 'toReferral', from: 'intakeMerge', to: 'ipsReferral' },
    { id: 'toWaitingGateway', from: 'ipsReferral', to: 'waitingGateway' },
    { id: 'waiting', from: 'waitingGateway', to: 'waitingList', name: 'Jonoon', condition: '=waitingList = true' },
    { id: 'waitedEnough', from: 'waitingTimer', to: 'intakeMerge', route: { loop: { lane: JC, row: 3 } } },
    { id: 'placeFree', from: 'waitingList', to: 'handoverMerge', route: 'hv' },
    { id: 'toHandoverMerge', from: 'waitingGateway', to: 'handoverMerge', name: 'Valmentajalle', isDefault: true },
    { id: 'toHandover', from: 'handoverMerge', to: 'ipsHandover' },
    { id: 'toFirstContact', from: 'ipsHandover', to: 'firstEmployerContact' },
    { id: 'toCoachingMerge', from: 'firstEmployerContact', to: 'coachingMerge' },
    { id: 'toCoaching', from: 'coachingMerge', to: 'coaching' },
    { id: 'toEventGateway', from: 'coaching', to: 'eventGateway' },
    {
      id: 'ends',
      from: 'eventGateway',
      to: 'ipsOutcome',
      name: 'Päättyy',
      condition: '=ipsEvent = "ended-no-longer-needed" or ipsEvent = "dropped-out"',
    },
    { id: 'toEndGateway', from: 'ipsOutcome', to: 'endGateway' },
    { id: 'ended', from: 'endGateway', to: 'endEnded', name: 'Ei enää tarvetta', isDefault: true },
    { id: 'droppedOut', from: 'endGateway', to: 'endDroppedOut', name: 'Keskeytyi', condition: '=ipsEvent = "dropped-out"', route: 'vh' },
    { id: 'goesOn', from: 'eventGateway', to: 'coachingMerge', name: 'Jatkuu', isDefault: true, route: { loop: { lane: JC, row: 3 } } },
  ],
};
