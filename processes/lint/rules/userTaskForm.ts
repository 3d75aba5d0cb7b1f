/** Every user task has a `camunda:formKey` with a schema in forms/schemas/<key>.schema.json. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isType, type LintRule } from './util.js';

const SCHEMAS = new URL('../../../forms/schemas/', import.meta.url);

/** True when forms/schemas holds a schema for the key. */
export function formExists(key: string): boolean {
  return /^[a-z0-9-]+$/.test(key) && existsSync(fileURLToPath(new URL(`${key}.schema.json`, SCHEMAS)));
}

/** bpmnlint rule factory. */
export default function userTaskForm(): LintRule {
  return {
    check(node, reporter) {
      if (!isType(node, 'bpmn:UserTask')) return;
      const key = node.formKey;
      if (typeof key !== 'string' || !key) {
        reporter.report(node.id, 'User task has no camunda:formKey');
      } else if (!formExists(key)) {
        reporter.report(node.id, `Form "${key}" does not exist in forms/schemas`);
      }
    },
  };
}
