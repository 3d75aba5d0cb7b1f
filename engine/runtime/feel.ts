/**
 * FEEL for bpmn-engine: expressions written with a leading `=` (as in Camunda 8) are evaluated by
 * feelin against the instance variables; anything else is a literal. No JavaScript is ever run.
 */
import { date, dateAndTime, evaluate, parseExpression } from 'feelin';
import { meetingSlotProblem } from '../meetings/slot.js';
import { HELSINKI, helsinkiLocal } from './helsinki.js';

/** True when the text is a FEEL expression (`=…`). */
export function isFeel(text: unknown): text is string {
  return typeof text === 'string' && text.trimStart().startsWith('=');
}

/** The syntax error of a FEEL expression (without its `=`), or null when it parses. */
export function feelSyntaxError(expression: string): string | null {
  const body = expression.trimStart().replace(/^=/, '');
  if (!body.trim()) return 'empty FEEL expression';
  try {
    const tree = parseExpression(body, {}, undefined);
    let error: string | null = null;
    tree.iterate({
      enter(node) {
        if (node.type.isError && !error) error = `FEEL syntax error at character ${node.from + 1}`;
      },
    });
    return error;
  } catch (err) {
    return `FEEL syntax error: ${(err as Error).message.split('\n')[0]}`;
  }
}

/**
 * The functions the engine gives FEEL on top of the builtins: `today()` and `now()` read the
 * engine's clock in Finnish time (feelin's own read the machine's clock, which a test or a step
 * fired for a past moment does not move), and `meetingSlotOk(meetingDate)` is the one slot rule.
 */
function engineFunctions(now: () => Date) {
  return {
    today: () => date(helsinkiLocal(now()).date),
    now: () => {
      const local = helsinkiLocal(now());
      return dateAndTime(`${local.date}T${local.time}@${HELSINKI}`);
    },
    meetingSlotOk: (meetingDate: unknown) => typeof meetingDate === 'string' && meetingSlotProblem(new Date(meetingDate), now()) === null,
  };
}

/** Evaluates `=expression` with the variables as FEEL context (clock: `now`); throws on a syntax error. */
export function evaluateFeel(expression: string, variables: Record<string, unknown>, now: () => Date = () => new Date()): unknown {
  const body = expression.trimStart().replace(/^=/, '');
  return evaluate(body, { ...variables, ...engineFunctions(now) }).value;
}

/**
 * The `expressions` option of bpmn-engine for one run: FEEL against that run's instance variables,
 * or a literal; nothing else; `now` is the step's clock. bpmn-engine clones its environment per definition and process, so the
 * variables are read from the run, not from whichever clone asks.
 */
export function feelExpressions(variables: () => Record<string, unknown>, now: () => Date) {
  return {
    resolveExpression(expression: unknown) {
      if (!isFeel(expression)) return expression;
      return evaluateFeel(expression, { ...variables() }, now);
    },
    isExpression: isFeel,
    hasExpression: isFeel,
  };
}
