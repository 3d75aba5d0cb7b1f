/**
 * The lint bundle of the modeler: bpmnlint's recommended rules compiled at build time from
 * lint/.bpmnlintrc (rollup-plugin-bpmnlint), plus the Polku plugin's rules — the same rule code
 * the server runs at deploy, with the role and form lists the server gave instead of the disk, and
 * the server's own deployment checks (deployableRule.ts, which also covers the no-scripts and
 * engine-supported rules).
 */
import recommended from './lint/.bpmnlintrc';
import expectedDuration from '../../../../../processes/lint/rules/expectedDuration';
import deployable from './deployableRule';
import gatewayConditions from '../../../../../processes/lint/rules/gatewayConditions';
import { userTaskFormWith } from '../../../../../processes/lint/rules/userTaskFormWith';
import { userTaskRoleWith } from '../../../../../processes/lint/rules/userTaskRole';

const PLUGIN = 'bpmnlint-plugin-polku';

/** The { config, resolver } bundle bpmn-js-bpmnlint takes, knowing these roles and forms. */
export function polkuLintBundle(roles: string[], forms: string[]) {
  const knownRoles = new Set(roles);
  const knownForms = new Set(forms);
  const polkuRules: Record<string, () => unknown> = {
    'user-task-role': () => userTaskRoleWith((r) => knownRoles.has(r)),
    'user-task-form': () => userTaskFormWith((k) => knownForms.has(k)),
    'expected-duration': expectedDuration,
    'gateway-conditions': gatewayConditions,
    deployable,
  };
  const rules: Record<string, unknown> = { ...recommended.config.rules };
  for (const name of Object.keys(polkuRules)) rules[`polku/${name}`] = 'error';
  return {
    config: { rules },
    resolver: {
      resolveRule(pkg: string, name: string) {
        return pkg === PLUGIN ? polkuRules[name] : recommended.resolver.resolveRule(pkg, name);
      },
      resolveConfig(pkg: string, name: string) {
        return recommended.resolver.resolveConfig(pkg, name);
      },
    },
  };
}
