/** The compact description of one process from which its .bpmn file (semantics and diagram) is written. */

/** `or`: an inclusive gateway (the client's choices: every branch whose condition holds is taken). */
export type NodeKind = 'start' | 'end' | 'user' | 'call' | 'xor' | 'or' | 'and' | 'timerCatch' | 'boundaryTimer' | 'receive' | 'send';

export interface TimerSpec {
  kind: 'timeDuration' | 'timeDate' | 'timeCycle';
  value: string;
}

export interface NodeSpec {
  id: string;
  kind: NodeKind;
  /** Finnish name shown in the diagram. */
  name: string;
  /** The English meaning, written to bpmn:documentation. */
  en: string;
  lane: string;
  col: number;
  row?: number;
  formKey?: string;
  candidateGroups?: string;
  /** User tasks: the form field whose date-time the completion books as a team meeting slot (one client per slot). */
  bookSlot?: string;
  /** User tasks: the form field holding the consultation hour's date; the completion refuses a date that is not a coming hour (engine/meetings/consultationHour.ts). */
  consultationHour?: string;
  /** User tasks: the form field naming a worker (username) whose caseload the completion takes a place in, the role the worker must hold, the most running paths a worker may hold, and the form field that puts the client on the waiting list instead (engine/extensions/caseload.ts). */
  caseload?: { field: string; role: string; limit: number; waitingField: string };
  /** User tasks: `camunda:assignee`, e.g. `=responsiblePerson.username` (resolved to a user by the engine). */
  assignee?: string;
  expectedDuration?: string;
  /** `stalledRule`: team-rhythm rules that also give the step a deadline in the stalled list (comma-separated; engine/extensions/stalledRules.ts). */
  stalledRule?: string;
  /** `milestone`: what the activity's end marks for the reports (`team-meeting`: the team met the client). */
  milestone?: string;
  /** Where a pilot gives the duration or timer (e.g. "Rovaniemi report §4"); without it the documentation marks it a default. */
  durationSource?: string;
  calledElement?: string;
  /** Call activities: the only variables passed to the child (camunda:in) and back (camunda:out); all when omitted. */
  variablesIn?: string[];
  variablesOut?: string[];
  timer?: TimerSpec;
  /** Boundary events: the host activity and whether the timer interrupts it. */
  attachedTo?: string;
  cancelActivity?: boolean;
  /** Receive tasks: the message name. */
  message?: string;
}

/** How an edge is drawn: straight/elbow, vertical first, horizontal first, or a loop along a channel row. */
export type Route = 'auto' | 'vh' | 'hv' | { loop: { lane: string; row: number } };

export interface FlowSpec {
  id: string;
  from: string;
  to: string;
  name?: string;
  /** FEEL condition with its leading `=`. */
  condition?: string;
  isDefault?: boolean;
  route?: Route;
}

export interface LaneSpec {
  id: string;
  name: string;
  en: string;
  role: string;
  rows: number;
}

export interface ProcessSpec {
  key: string;
  name: string;
  en: string;
  /** `camunda:candidateStarterGroups`: who may start it (else the start event's lane role). */
  starters?: string;
  lanes: LaneSpec[];
  nodes: NodeSpec[];
  flows: FlowSpec[];
}
