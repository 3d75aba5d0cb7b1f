/**
 * What this engine does not run, for the deployment check and the lint rule alike (the modeler
 * shows the same reason): service, send and business-rule tasks that name an implementation
 * (`camunda:class`, `camunda:expression`, `camunda:delegateExpression`, an external `camunda:type`,
 * a decision), `camunda:inputOutput` and connectors, and loops and multi-instance activities.
 * bpmn-engine would skip or half-run them silently; refusing them names the element instead.
 * No imports beyond types: the web app bundles this file for its modeler lint.
 */

/** A moddle element as both bpmn-moddle and bpmnlint give it. */
interface Element {
  $type: string;
  id?: string;
  [key: string]: unknown;
}

const IMPLEMENTED_TASKS = new Set(['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask']);
const IMPLEMENTATIONS = ['class', 'expression', 'delegateExpression', 'type', 'topic', 'decisionRef'] as const;

/** Why the engine cannot run this element as written, one reason each; empty when it can. */
export function unsupportedReasons(el: Element): string[] {
  const reasons: string[] = [];
  if (IMPLEMENTED_TASKS.has(el.$type)) {
    for (const attr of IMPLEMENTATIONS) {
      if (typeof el[attr] === 'string' && el[attr]) {
        reasons.push(
          `${el.$type.replace('bpmn:', '')} with camunda:${attr} is not run by this engine (it has no service calls): use a user task or a message`,
        );
      }
    }
  }
  const ext = el.extensionElements as { values?: Element[] } | undefined;
  for (const value of ext?.values ?? []) {
    if (value.$type === 'camunda:InputOutput') {
      reasons.push('camunda:inputOutput is not supported: variables are the form fields and camunda:in/out of call activities');
    }
    if (value.$type === 'camunda:Connector') reasons.push('camunda:connector is not supported');
  }
  const loop = el.loopCharacteristics as Element | undefined;
  if (loop?.$type === 'bpmn:MultiInstanceLoopCharacteristics') {
    reasons.push(
      `a multi-instance ${el.$type.replace('bpmn:', '')} is not supported: model one task per party, or one task whose form lists them`,
    );
  } else if (loop) {
    reasons.push(`a looping ${el.$type.replace('bpmn:', '')} is not supported: model the loop with a gateway`);
  }
  return reasons;
}
