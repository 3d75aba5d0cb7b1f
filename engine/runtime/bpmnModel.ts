/**
 * Reads a BPMN file into what the runtime needs: the moddle context (camunda extensions), and per
 * process the facts the extensions read (roles, form keys, expected durations, message waits).
 * Parsing refuses DTDs and entities before the XML parser sees them, so nothing is ever expanded.
 */
import { BpmnModdle } from 'bpmn-moddle';
import { createRequire } from 'node:module';
import { invalidBpmn } from '../errors.js';
import { importWarningLevel } from './importWarnings.js';
import type { ModdleContext, ModdleElement } from './moddleElement.js';
import { mappingsOf, type VariableMapping } from './variableMappings.js';
import { processesOf, propertyOf } from './moddleQueries.js';

export { processesOf, propertyOf };

const require = createRequire(import.meta.url);
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json') as object;

/** The largest BPMN file accepted, in characters. */
export const MAX_BPMN_CHARS = 1_000_000;

export type { ModdleContext, ModdleElement };

/** A caseload rule: the form field naming the worker (username), the role they must hold, the most running paths they may hold, and the field that puts the client on a waiting list instead. */
export interface CaseloadRule {
  field: string;
  role: string;
  limit: number;
  waitingField: string | null;
}

export interface UserTaskInfo {
  name: string | null;
  roles: string[];
  formKey: string | null;
  /** `camunda:assignee`: a username or a FEEL expression (`=responsiblePerson.username`), or null. */
  assignee: string | null;
}

export interface CallInfo {
  processKey: string;
  version: number | null;
  /** camunda:in mappings, or null: all parent variables go to the child. */
  inputs: VariableMapping[] | null;
  /** camunda:out mappings, or null: all child variables come back. */
  outputs: VariableMapping[] | null;
}

export interface ProcessModel {
  processKey: string;
  name: string | null;
  isExecutable: boolean;
  /** Every flow node id → its name and BPMN type. */
  nodes: Map<string, { name: string | null; type: string }>;
  userTasks: Map<string, UserTaskInfo>;
  /** Activity id → ISO 8601 duration it is expected to take. */
  expectedDurations: Map<string, string>;
  /** User task id → the form field holding the meeting slot its completion books (`bookSlot` property). */
  slotBookings: Map<string, string>;
  /** User task id → the form field holding the consultation hour's date its completion books (`consultationHourField` property). */
  consultationHours: Map<string, string>;
  /** Activity id → the stalled rules that set its deadline besides `expectedDuration` (`stalledRule` property, comma-separated). */
  stalledRules: Map<string, string[]>;
  /** Activity id → the report milestone its end marks (`milestone` property, e.g. `team-meeting`). */
  milestones: Map<string, string>;
  /** User task id → the caseload its completion takes a place in (`caseloadField` etc. properties). */
  caseloads: Map<string, CaseloadRule>;
  /** Activity id → the timer it waits on: its definition kind (timeDuration, timeCycle, timeDate) and value. */
  timers: Map<string, { kind: string; value: string }>;
  /** Boundary event id → the activity it is attached to. */
  attachedTo: Map<string, string>;
  /** Gateway or activity id → the ids of its outgoing flows that carry a condition. */
  conditionFlows: Map<string, string[]>;
  /** Activity id → name of the message it waits for. */
  messageWaits: Map<string, string>;
  /** Message name → message element id (what bpmn-engine is signalled with). */
  messageIds: Map<string, string>;
  /** Call activity id → called process key, optional pinned version, and the variables that cross. */
  calls: Map<string, CallInfo>;
  /** Who may start it: `camunda:candidateStarterGroups`, else the role of the start event's lane; empty when the diagram names none. */
  starterRoles: string[];
  /** The start event's `camunda:formKey`, or null. */
  startFormKey: string | null;
}

/** Parses BPMN XML with the camunda extension; throws invalid_bpmn for DTDs, entities, malformed XML or import errors (importWarnings.ts: vendor references only warn). */
export async function parseBpmn(xml: string): Promise<ModdleContext> {
  if (typeof xml !== 'string' || !xml.trim()) throw invalidBpmn('the BPMN XML is empty', [{ path: '/xml', message: 'empty' }]);
  if (xml.length > MAX_BPMN_CHARS) throw invalidBpmn('the BPMN XML is too large', [{ path: '/xml', message: 'too large' }]);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw invalidBpmn('DOCTYPE and entity declarations are not allowed in BPMN', [{ path: '/xml', message: 'DOCTYPE/ENTITY refused' }]);
  }
  const moddle = new BpmnModdle({ camunda: camundaDescriptor });
  let ctx: ModdleContext;
  try {
    ctx = (await moddle.fromXML(xml, 'bpmn:Definitions')) as unknown as ModdleContext;
  } catch (err) {
    throw invalidBpmn('the BPMN XML could not be read', [{ path: '/xml', message: firstLine(err) }]);
  }
  const errors = ctx.warnings.filter((w) => importWarningLevel(w) === 'error');
  if (errors.length) {
    throw invalidBpmn(
      'the BPMN XML has import errors',
      errors.map((w) => ({ path: w.element?.id ? `#${w.element.id}` : '/xml', message: firstLine(w.message) })),
    );
  }
  // Vendor references and the encoding header do not block: what is left are the warnings.
  ctx.warnings = ctx.warnings.filter((w) => importWarningLevel(w) === 'warn');
  return ctx;
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0].slice(0, 200);
}

/** Collects the runtime facts of one process element. */
export function describeProcess(processEl: ModdleElement): ProcessModel {
  const model: ProcessModel = {
    processKey: String(processEl.id),
    name: (processEl.name as string) ?? null,
    isExecutable: processEl.isExecutable === true,
    nodes: new Map(),
    userTasks: new Map(),
    expectedDurations: new Map(),
    slotBookings: new Map(),
    consultationHours: new Map(),
    stalledRules: new Map(),
    milestones: new Map(),
    caseloads: new Map(),
    timers: new Map(),
    attachedTo: new Map(),
    conditionFlows: new Map(),
    messageWaits: new Map(),
    messageIds: new Map(),
    calls: new Map(),
    starterRoles: [],
    startFormKey: null,
  };
  const laneRoles = collectLaneRoles(processEl);
  const start = startEventOf(processEl);
  const starters = splitRoles(processEl.candidateStarterGroups as string | undefined);
  model.starterRoles = starters.length ? starters : start ? (laneRoles.get(String(start.id)) ?? []) : [];
  model.startFormKey = (start?.formKey as string | undefined) ?? null;
  walkFlowElements(processEl, (el) => {
    const id = String(el.id);
    if (el.$type === 'bpmn:SequenceFlow') {
      const source = (el.sourceRef as ModdleElement | undefined)?.id;
      if (el.conditionExpression && source) model.conditionFlows.set(source, [...(model.conditionFlows.get(source) ?? []), id]);
      return;
    }
    const timer = timerOf(el);
    if (timer) model.timers.set(id, timer);
    const host = (el.attachedToRef as ModdleElement | undefined)?.id;
    if (el.$type === 'bpmn:BoundaryEvent' && host) model.attachedTo.set(id, host);
    model.nodes.set(id, { name: (el.name as string) ?? null, type: el.$type });
    const duration = propertyOf(el, 'expectedDuration');
    if (duration) model.expectedDurations.set(id, duration);
    const slotField = propertyOf(el, 'bookSlot');
    if (slotField && el.$type === 'bpmn:UserTask') model.slotBookings.set(id, slotField);
    const hourField = propertyOf(el, 'consultationHourField');
    if (hourField && el.$type === 'bpmn:UserTask') model.consultationHours.set(id, hourField);
    const rules = splitRoles(propertyOf(el, 'stalledRule'));
    if (rules.length) model.stalledRules.set(id, rules);
    const milestone = propertyOf(el, 'milestone')?.trim();
    if (milestone) model.milestones.set(id, milestone);
    const caseload = caseloadOf(el);
    if (caseload) model.caseloads.set(id, caseload);
    if (el.$type === 'bpmn:UserTask') {
      const groups = splitRoles(el.candidateGroups as string | undefined);
      model.userTasks.set(id, {
        name: (el.name as string) ?? null,
        roles: groups.length ? groups : (laneRoles.get(id) ?? []),
        formKey: (el.formKey as string) ?? null,
        assignee: (el.assignee as string | undefined)?.trim() || null,
      });
    }
    if (el.$type === 'bpmn:CallActivity') {
      const pinned = el.calledElementVersion ? Number(el.calledElementVersion) : null;
      model.calls.set(id, {
        processKey: String(el.calledElement ?? ''),
        version: pinned,
        inputs: mappingsOf(el, 'camunda:In'),
        outputs: mappingsOf(el, 'camunda:Out'),
      });
    }
    const message = waitedMessage(el);
    if (message?.name) {
      model.messageWaits.set(id, String(message.name));
      model.messageIds.set(String(message.name), String(message.id));
    }
  });
  return model;
}

/** Calls `visit` for every flow element, descending into sub-processes. */
export function walkFlowElements(container: ModdleElement, visit: (el: ModdleElement) => void): void {
  for (const el of (container.flowElements as ModdleElement[] | undefined) ?? []) {
    visit(el);
    if (el.flowElements) walkFlowElements(el, visit);
  }
}

/** The process's own start event (a none start event first), not one of a sub-process. */
function startEventOf(processEl: ModdleElement): ModdleElement | undefined {
  const starts = ((processEl.flowElements as ModdleElement[] | undefined) ?? []).filter((e) => e.$type === 'bpmn:StartEvent');
  return starts.find((e) => !(e.eventDefinitions as unknown[] | undefined)?.length) ?? starts[0];
}

function waitedMessage(el: ModdleElement): ModdleElement | undefined {
  if (el.$type === 'bpmn:ReceiveTask') return el.messageRef as ModdleElement | undefined;
  if (el.$type === 'bpmn:IntermediateCatchEvent' || el.$type === 'bpmn:BoundaryEvent') {
    const defs = (el.eventDefinitions as ModdleElement[] | undefined) ?? [];
    const msg = defs.find((d) => d.$type === 'bpmn:MessageEventDefinition');
    return msg?.messageRef as ModdleElement | undefined;
  }
  return undefined;
}

/** The timer an event waits on (its kind and written value), or undefined. */
export function timerOf(el: ModdleElement): { kind: string; value: string } | undefined {
  const defs = (el.eventDefinitions as ModdleElement[] | undefined) ?? [];
  const timer = defs.find((d) => d.$type === 'bpmn:TimerEventDefinition');
  if (!timer) return undefined;
  for (const kind of ['timeDuration', 'timeCycle', 'timeDate']) {
    const expr = timer[kind] as ModdleElement | undefined;
    if (expr) return { kind, value: String(expr.body ?? '').trim() };
  }
  return { kind: 'timer', value: '' };
}

/** A user task's caseload rule, or undefined when it names none (or an unusable limit). */
function caseloadOf(el: ModdleElement): CaseloadRule | undefined {
  const field = propertyOf(el, 'caseloadField');
  const role = propertyOf(el, 'caseloadRole');
  const limit = Number(propertyOf(el, 'caseloadLimit'));
  if (el.$type !== 'bpmn:UserTask' || !field || !role || !Number.isInteger(limit) || limit < 1) return undefined;
  return { field, role, limit, waitingField: propertyOf(el, 'caseloadWaiting') ?? null };
}

function splitRoles(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function collectLaneRoles(processEl: ModdleElement): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  const visitLaneSet = (laneSet: ModdleElement | undefined) => {
    for (const lane of (laneSet?.lanes as ModdleElement[] | undefined) ?? []) {
      const role = propertyOf(lane, 'role');
      for (const node of (lane.flowNodeRef as ModdleElement[] | undefined) ?? []) {
        if (role) roles.set(String(node.id), splitRoles(role));
      }
      visitLaneSet(lane.childLaneSet as ModdleElement | undefined);
    }
  };
  for (const laneSet of (processEl.laneSets as ModdleElement[] | undefined) ?? []) visitLaneSet(laneSet);
  return roles;
}
