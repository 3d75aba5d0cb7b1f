/**
 * What a diagram may ask of the engine, checked at deployment so that no diagram can degrade the
 * service for everyone: its size and branching are bounded, a timer inside a flow cycle must
 * wait at least a minute, and a repeating timer (`R/`) needs a count and an interval of at least
 * a minute. Each problem names the element. The step budget (stepBudget.ts) stops at run time
 * what only a value read then reveals (a FEEL timer, say).
 */
import { ISOInterval } from '@0dep/piso';
import type { ErrorDetail } from '../errors.js';
import { isFeel } from './feel.js';
import { type ModdleContext, type ModdleElement, processesOf, timerOf } from './bpmnModel.js';

/** The largest BPMN file deployed, in characters (stored ones up to bpmnModel's MAX_BPMN_CHARS still run). */
export const MAX_DEPLOY_CHARS = 500_000;
/** Flow elements (nodes and sequence flows) one file may hold. */
export const MAX_FLOW_ELEMENTS = 1_000;
/** Outgoing sequence flows one element may have (a parallel split's branches). */
export const MAX_OUTGOING = 50;
/** The shortest wait of a timer inside a cycle, and the shortest interval of a repeating timer. */
export const MIN_REPEAT_MS = 60_000;

const FLOW_ELEMENT =
  /<(?:[A-Za-z_][\w.-]*:)?(?:sequenceFlow|task|userTask|serviceTask|sendTask|receiveTask|manualTask|businessRuleTask|scriptTask|callActivity|subProcess|transaction|startEvent|endEvent|intermediateCatchEvent|intermediateThrowEvent|boundaryEvent|exclusiveGateway|inclusiveGateway|parallelGateway|eventBasedGateway|complexGateway)\b/g;

/**
 * Refuses a file over the size or element bound before it is parsed (a cheap count of the raw
 * XML), so an oversized diagram costs the server no parse; null when within the bounds.
 */
export function sizeProblem(xml: string): ErrorDetail | null {
  if (xml.length > MAX_DEPLOY_CHARS) return { path: '/xml', message: `the file is larger than ${MAX_DEPLOY_CHARS} characters` };
  let count = 0;
  FLOW_ELEMENT.lastIndex = 0;
  while (FLOW_ELEMENT.exec(xml)) {
    if (++count > MAX_FLOW_ELEMENTS) return { path: '/xml', message: `the file has more than ${MAX_FLOW_ELEMENTS} flow elements` };
  }
  return null;
}

/** The branching and timer problems of a parsed file; empty when it is within the limits. */
export function diagramLimitProblems(ctx: ModdleContext): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const process of processesOf(ctx)) checkContainer(process, problems);
  return problems;
}

/** One process or sub-process: its own flow graph (flows never cross a container's border). */
function checkContainer(container: ModdleElement, problems: ErrorDetail[]): void {
  const elements = (container.flowElements as ModdleElement[] | undefined) ?? [];
  const next = new Map<string, string[]>();
  const link = (from: string, to: string) => next.set(from, [...(next.get(from) ?? []), to]);
  for (const el of elements) {
    if (el.$type === 'bpmn:SequenceFlow') {
      const from = (el.sourceRef as ModdleElement | undefined)?.id;
      const to = (el.targetRef as ModdleElement | undefined)?.id;
      if (from && to) link(from, to);
    } else if (el.$type === 'bpmn:BoundaryEvent') {
      const host = (el.attachedToRef as ModdleElement | undefined)?.id;
      if (host) link(host, String(el.id));
    }
  }
  for (const el of elements) {
    const id = String(el.id);
    const outgoing = elements.filter((f) => f.$type === 'bpmn:SequenceFlow' && (f.sourceRef as ModdleElement | undefined)?.id === id);
    if (outgoing.length > MAX_OUTGOING) {
      problems.push({ path: `#${id}`, message: `more than ${MAX_OUTGOING} outgoing flows (${outgoing.length})` });
    }
    const timer = timerOf(el);
    if (timer && !isFeel(timer.value)) checkTimer(id, timer, onCycle(id, next), problems);
    if (el.flowElements) checkContainer(el, problems);
  }
}

function checkTimer(id: string, timer: { kind: string; value: string }, inCycle: boolean, problems: ErrorDetail[]): void {
  if (timer.kind === 'timeDate') return;
  let interval: { repeat?: number; ms: number };
  try {
    const parsed = new ISOInterval(timer.value).parse() as unknown as { repeat?: number; duration?: { getExpireAt(from: Date): Date } };
    interval = { repeat: parsed.repeat, ms: parsed.duration ? parsed.duration.getExpireAt(new Date(0)).getTime() : Number.NaN };
  } catch {
    return; // validateModel reports a timer that is not ISO 8601
  }
  if (timer.kind === 'timeCycle' && (interval.repeat === undefined || interval.repeat < 0)) {
    problems.push({ path: `#${id}`, message: `timeCycle "${timer.value.slice(0, 40)}" repeats without end: give a count (R3/P7D)` });
  } else if (timer.kind === 'timeCycle' && !(interval.ms >= MIN_REPEAT_MS)) {
    problems.push({ path: `#${id}`, message: `timeCycle "${timer.value.slice(0, 40)}" repeats more often than once a minute` });
  } else if (inCycle && !(interval.ms >= MIN_REPEAT_MS)) {
    problems.push({
      path: `#${id}`,
      message: `a timer inside a cycle must wait at least a minute (${timer.kind} "${timer.value.slice(0, 40)}")`,
    });
  }
}

/** True when the node can reach itself again along the flows. */
function onCycle(start: string, next: Map<string, string[]>): boolean {
  const seen = new Set<string>();
  const stack = [...(next.get(start) ?? [])];
  while (stack.length) {
    const id = stack.pop() as string;
    if (id === start) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}
