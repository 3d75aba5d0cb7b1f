/** Nothing the engine cannot run (engine/runtime/unsupported.ts): the modeler and deployment give the same reason. */
import { unsupportedReasons } from '../../../engine/runtime/unsupported.js';
import type { LintRule } from './util.js';

/** bpmnlint rule factory. */
export default function engineSupported(): LintRule {
  return {
    check(node, reporter) {
      if (!node.id) return;
      for (const reason of unsupportedReasons(node)) reporter.report(node.id, reason);
    },
  };
}
