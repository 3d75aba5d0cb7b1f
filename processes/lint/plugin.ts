/** The bpmnlint plugin "polku": its rules by name and its `recommended` config. */
import engineSupported from './rules/engineSupported.js';
import expectedDuration from './rules/expectedDuration.js';
import gatewayConditions from './rules/gatewayConditions.js';
import noScripts from './rules/noScripts.js';
import userTaskForm from './rules/userTaskForm.js';
import userTaskRole from './rules/userTaskRole.js';
import type { LintRule } from './rules/util.js';

export const PLUGIN_PACKAGE = 'bpmnlint-plugin-polku';

export const rules: Record<string, () => LintRule> = {
  'user-task-role': userTaskRole,
  'user-task-form': userTaskForm,
  'expected-duration': expectedDuration,
  'no-scripts': noScripts,
  'gateway-conditions': gatewayConditions,
  'engine-supported': engineSupported,
};

export const configs = {
  recommended: { rules: Object.fromEntries(Object.keys(rules).map((name) => [name, 'error'])) },
};
