/** Lints BPMN XML with the project's `.bpmnlintrc`: bpmnlint's recommended rules plus the polku plugin. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { importWarningLevel, type ImportWarning } from '../../engine/runtime/importWarnings.js';
import { projectRoot } from '../projectRoot.js';
import { polkuResolver } from './resolver.js';

const require = createRequire(import.meta.url);
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json') as object;
const Linter = require('bpmnlint/lib/linter') as new (options: { config: object; resolver: object }) => {
  lint(root: unknown): Promise<Record<string, Array<{ id?: string; message: string; category: string }>>>;
};

interface ImportResult {
  rootElement: unknown;
  warnings: ImportWarning[];
}

export interface LintIssue {
  id: string;
  message: string;
  rule: string;
  category: 'error' | 'warn';
}

const CONFIG = JSON.parse(readFileSync(join(projectRoot(), '.bpmnlintrc'), 'utf8')) as object;

/** Parses the XML with camunda-bpmn-moddle and runs the project's .bpmnlintrc rules; returns all issues (errors and warnings). */
export async function lintBpmnXml(xml: string): Promise<LintIssue[]> {
  const moddle = new BpmnModdle({ camunda: camundaDescriptor });
  const { rootElement, warnings } = (await moddle.fromXML(xml, 'bpmn:Definitions')) as ImportResult;
  const issues: LintIssue[] = [];
  for (const w of warnings) {
    const level = importWarningLevel(w);
    if (level !== 'ignore') issues.push({ id: w.element?.id ?? 'xml', message: w.message, rule: 'xml-import', category: level });
  }
  const linter = new Linter({ config: CONFIG, resolver: polkuResolver() });
  const results = await linter.lint(rootElement);
  for (const [rule, reports] of Object.entries(results)) {
    for (const r of reports) {
      issues.push({
        id: r.id ?? 'definitions',
        message: r.message,
        rule,
        category: r.category === 'warn' || r.category === 'warning' ? 'warn' : 'error',
      });
    }
  }
  return issues;
}
