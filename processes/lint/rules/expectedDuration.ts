/** An `expectedDuration` property is a valid ISO 8601 duration such as P14D or PT2H. */
import { camundaProperty, type LintRule } from './util.js';

const ISO_DURATION =
  /^P(?!$)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?(T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$/;

/** True for an ISO 8601 duration (P…, with at least one component). */
export function isIsoDuration(text: string): boolean {
  return ISO_DURATION.test(text);
}

/** bpmnlint rule factory. */
export default function expectedDuration(): LintRule {
  return {
    check(node, reporter) {
      if (!node.extensionElements) return;
      const value = camundaProperty(node, 'expectedDuration');
      if (value !== undefined && !isIsoDuration(value)) {
        reporter.report(node.id, `expectedDuration "${value}" is not an ISO 8601 duration`);
      }
    },
  };
}
