/** No script tasks and no scripts anywhere (`language=`, `scriptFormat=`, camunda:script): the engine refuses them. FEEL declared by its URI is no script; XPath is an unsupported expression language. */
import { languageKind } from '../../../engine/runtime/expressionLanguage.js';
import { isType, type LintNode, type LintRule } from './util.js';

function hasScript(el: LintNode, seen = new Set<LintNode>()): LintNode | undefined {
  if (seen.has(el)) return undefined;
  seen.add(el);
  if (isType(el, 'bpmn:ScriptTask', 'camunda:Script') || languageKind(el.language) === 'script' || typeof el.scriptFormat === 'string') {
    return el;
  }
  for (const [key, value] of Object.entries(el)) {
    if (key.startsWith('$') || key === 'flowElements' || key === 'outgoing' || key === 'incoming') continue;
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && typeof (child as LintNode).$type === 'string' && !(child as LintNode).id) {
        const found = hasScript(child as LintNode, seen);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** bpmnlint rule factory. */
export default function noScripts(): LintRule {
  return {
    check(node, reporter) {
      if (isType(node, 'bpmn:ScriptTask')) {
        reporter.report(node.id, 'Script tasks are not allowed');
        return;
      }
      if (!node.id || isType(node, 'bpmn:Definitions', 'bpmn:Process', 'bpmn:SubProcess')) return;
      const script = hasScript(node);
      if (script) reporter.report(node.id, `Scripts are not allowed (${script.$type} with a script language)`);
      const xpath = (node.conditionExpression as LintNode | undefined)?.language;
      if (languageKind(xpath) === 'xpath')
        reporter.report(node.id, 'expression language not supported (XPath): write the expression in FEEL');
    },
  };
}
