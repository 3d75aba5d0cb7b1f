/** Every exclusive or inclusive gateway that forks has a condition or the default on each outgoing flow. */
import { isType, type LintNode, type LintRule } from './util.js';

/** bpmnlint rule factory. */
export default function gatewayConditions(): LintRule {
  return {
    check(node, reporter) {
      if (!isType(node, 'bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway')) return;
      const outgoing = (node.outgoing as LintNode[] | undefined) ?? [];
      if (outgoing.length < 2) return;
      for (const flow of outgoing) {
        if (!flow.conditionExpression && node.default !== flow) {
          reporter.report(flow.id, `Flow out of gateway ${node.id} has neither a condition nor is the default`);
        }
      }
    },
  };
}
