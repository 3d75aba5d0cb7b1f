/**
 * FEEL for bpmn-engine: expressions written with a leading `=` (as in Camunda 8) are evaluated by
 * feelin against the instance variables; anything else is a literal. No JavaScript is ever run.
 */
import { evaluate, parseExpression } from 'feelin';

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

/** Evaluates `=expression` with the variables as FEEL context; throws on a syntax error. */
export function evaluateFeel(expression: string, variables: Record<string, unknown>): unknown {
  const body = expression.trimStart().replace(/^=/, '');
  return evaluate(body, variables).value;
}

/**
 * The `expressions` option of bpmn-engine for one run: FEEL against that run's instance variables,
 * or a literal; nothing else. bpmn-engine clones its environment per definition and process, so the
 * variables are read from the run, not from whichever clone asks.
 */
export function feelExpressions(variables: () => Record<string, unknown>) {
  return {
    resolveExpression(expression: unknown) {
      if (!isFeel(expression)) return expression;
      return evaluateFeel(expression, { ...variables() });
    },
    isExpression: isFeel,
    hasExpression: isFeel,
  };
}
