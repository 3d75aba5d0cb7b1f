/** Every user task has a `camunda:formKey` with a schema in forms/schemas/<key>.schema.json. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../projectRoot.js';
import { isType, type LintRule } from './util.js';

/** True when forms/schemas holds a schema for the key. */
export function formExists(key: string): boolean {
  return /^[a-z0-9-]+$/.test(key) && existsSync(join(projectRoot(), 'forms', 'schemas', `${key}.schema.json`));
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
