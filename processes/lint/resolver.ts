/** A bpmnlint resolver: "polku" rules and configs from this folder, everything else through node resolution. */
import { createRequire } from 'node:module';
import { configs, PLUGIN_PACKAGE, rules } from './plugin.js';

const require = createRequire(import.meta.url);
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => Resolver;

export interface Resolver {
  resolveRule(pkg: string, ruleName: string): unknown;
  resolveConfig(pkg: string, configName: string): unknown;
}

/** The resolver the linter uses so that `plugin:polku/recommended` needs no package.json entry. */
export function polkuResolver(): Resolver {
  const fallback = new NodeResolver();
  return {
    resolveRule(pkg, ruleName) {
      if (pkg === PLUGIN_PACKAGE) return rules[ruleName];
      return fallback.resolveRule(pkg, ruleName);
    },
    resolveConfig(pkg, configName) {
      if (pkg === PLUGIN_PACKAGE) return configs[configName as keyof typeof configs];
      return fallback.resolveConfig(pkg, configName);
    },
  };
}
