/**
 * Deployment checks that keep unsafe or unrunnable diagrams out: scripts of any kind, conditions
 * that are not FEEL (a leading `=`, or FEEL declared by its standard URI) or do not parse,
 * expression languages other than FEEL (XPath), what the engine cannot run (unsupported.ts), invalid timers and expected durations. Every problem names
 * its element id. Lint rules (processes/lint) run after these.
 */
import { ISOInterval, getDate } from '@0dep/piso';
import type { ErrorDetail } from '../errors.js';
import { feelSyntaxError, isFeel } from './feel.js';
import type { ModdleContext, ModdleElement } from './moddleElement.js';
import { processesOf, propertyOf } from './moddleQueries.js';
import { unsupportedReasons } from './unsupported.js';
import { asFeelBody, languageProblem } from './expressionLanguage.js';

const SCRIPT_TYPES = new Set(['bpmn:ScriptTask', 'bpmn:Script', 'camunda:Script']);

/** All problems of a parsed file; empty when it may be deployed. */
export function validateModel(ctx: ModdleContext): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const processes = processesOf(ctx);
  if (!processes.some((p) => p.isExecutable === true)) {
    problems.push({ path: '/xml', message: 'the file has no executable process (isExecutable="true")' });
  }
  visitAll(ctx.rootElement, (el, owner) => {
    const at = `#${String(el.id ?? owner?.id ?? '?')}`;
    if (SCRIPT_TYPES.has(el.$type)) problems.push({ path: at, message: `${el.$type} is not allowed: scripts are refused` });
    if (typeof el.scriptFormat === 'string') problems.push({ path: at, message: 'scripts (language=/scriptFormat=) are refused' });
    else if (languageProblem(el.language)) problems.push({ path: at, message: languageProblem(el.language) as string });
    if (el.$type === 'bpmn:SequenceFlow' && el.conditionExpression) {
      checkCondition(el, problems);
    }
    if (el.$type === 'bpmn:TimerEventDefinition') checkTimer(el, owner, problems);
    if (el.id) for (const reason of unsupportedReasons(el)) problems.push({ path: at, message: reason });
    if ((el.$type === 'camunda:In' || el.$type === 'camunda:Out') && (el.sourceExpression || el.businessKey)) {
      problems.push({ path: at, message: `${el.$type}: only source/target and variables="all" are supported` });
    }
    const duration = el.extensionElements ? propertyOf(el, 'expectedDuration') : undefined;
    if (duration !== undefined && !isIsoDuration(duration)) {
      problems.push({ path: at, message: `expectedDuration "${duration}" is not an ISO 8601 duration` });
    }
  });
  return problems;
}

function checkCondition(flow: ModdleElement, problems: ErrorDetail[]): void {
  const cond = flow.conditionExpression as ModdleElement;
  const body = asFeelBody(typeof cond.body === 'string' ? cond.body : '', cond.language);
  const at = `#${String(flow.id)}`;
  if (languageProblem(cond.language)) return; // reported with the language itself
  if (!isFeel(body)) {
    problems.push({ path: at, message: 'a condition must be a FEEL expression starting with "="' });
    return;
  }
  const error = feelSyntaxError(body);
  if (error) problems.push({ path: at, message: error });
}

function checkTimer(def: ModdleElement, owner: ModdleElement | undefined, problems: ErrorDetail[]): void {
  const at = `#${String(owner?.id ?? def.id ?? '?')}`;
  const kinds = ['timeDuration', 'timeCycle', 'timeDate'] as const;
  const present = kinds.filter((k) => def[k]);
  if (!present.length) problems.push({ path: at, message: 'a timer needs timeDuration, timeCycle or timeDate' });
  for (const kind of present) {
    const expr = def[kind] as ModdleElement;
    if (languageProblem(expr.language)) continue; // reported with the language itself
    const value = asFeelBody(String(expr.body ?? '').trim(), expr.language);
    if (isFeel(value)) {
      const error = feelSyntaxError(value);
      if (error) problems.push({ path: at, message: `${kind}: ${error}` });
      continue;
    }
    try {
      if (kind === 'timeDate') {
        if (Number.isNaN(getDate(value).getTime())) throw new Error('invalid date');
      } else {
        new ISOInterval(value).parse();
      }
    } catch {
      problems.push({ path: at, message: `${kind} "${String(value).slice(0, 60)}" is not valid ISO 8601` });
    }
  }
}

/** True for an ISO 8601 duration such as P14D or PT2H. */
export function isIsoDuration(text: string): boolean {
  if (!/^P/.test(text)) return false;
  try {
    new ISOInterval(text).parse();
    return true;
  } catch {
    return false;
  }
}

/** Visits every moddle element in the file, with the nearest element that has an id. */
function visitAll(root: ModdleElement, visit: (el: ModdleElement, owner?: ModdleElement) => void): void {
  const seen = new Set<object>();
  const walk = (el: ModdleElement, owner?: ModdleElement) => {
    if (seen.has(el)) return;
    seen.add(el);
    visit(el, owner);
    const nextOwner = el.id ? el : owner;
    for (const [key, value] of Object.entries(el)) {
      if (key.startsWith('$') || key.endsWith('Ref') || key === 'flowNodeRef' || key === 'attachedToRef') continue;
      if (key === 'sourceRef' || key === 'targetRef' || key === 'default' || key === 'incoming' || key === 'outgoing') continue;
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && typeof (child as ModdleElement).$type === 'string') {
          walk(child as ModdleElement, nextOwner);
        }
      }
    }
  };
  walk(root);
}
