/** Every user task names known roles, by `camunda:candidateGroups` or by its lane's `role` property. */
import { isRole } from '../../../engine/roles.js';
import { camundaProperty, isType, splitList, type LintNode, type LintRule } from './util.js';

/** The role property of the innermost lane holding the node, found through the process's lane sets. */
function laneRoleOf(process: LintNode, nodeId: string): string | undefined {
  let found: string | undefined;
  const visit = (laneSet: LintNode | undefined) => {
    for (const lane of (laneSet?.lanes as LintNode[] | undefined) ?? []) {
      const refs = (lane.flowNodeRef as LintNode[] | undefined) ?? [];
      if (refs.some((r) => r.id === nodeId)) found = camundaProperty(lane, 'role') ?? found;
      visit(lane.childLaneSet as LintNode | undefined);
    }
  };
  for (const laneSet of (process.laneSets as LintNode[] | undefined) ?? []) visit(laneSet);
  return found;
}

function processOf(node: LintNode): LintNode | undefined {
  let at = node.$parent as LintNode | undefined;
  while (at && at.$type !== 'bpmn:Process') at = at.$parent as LintNode | undefined;
  return at;
}

/** The rule with the given notion of a known role (the modeler asks the server). */
export function userTaskRoleWith(isKnown: (role: string) => boolean): LintRule {
  return {
    check(node, reporter) {
      if (!isType(node, 'bpmn:UserTask')) return;
      const own = splitList(node.candidateGroups as string | undefined);
      const process = processOf(node);
      const roles = own.length ? own : splitList(process && node.id ? laneRoleOf(process, node.id) : undefined);
      if (!roles.length) {
        reporter.report(node.id, 'User task has no role: set camunda:candidateGroups or a lane property "role"');
        return;
      }
      for (const role of roles.filter((r) => !isKnown(r))) reporter.report(node.id, `Unknown role "${role}"`);
    },
  };
}

/** bpmnlint rule factory. */
export default function userTaskRole(): LintRule {
  return userTaskRoleWith(isRole);
}
