/** The user-task-form rule without the file system, so that the browser's modeler runs it with the server's form list. */
import { isType, type LintRule } from './util.js';

/** Every user task has a `camunda:formKey` that `formExists` knows. */
export function userTaskFormWith(formExists: (key: string) => boolean): LintRule {
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
