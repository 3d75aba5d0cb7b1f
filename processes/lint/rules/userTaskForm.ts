/** Every user task has a `camunda:formKey` with a schema in forms/schemas/<key>.schema.json. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../projectRoot.js';
import type { LintRule } from './util.js';
import { userTaskFormWith } from './userTaskFormWith.js';

/** True when forms/schemas holds a schema for the key. */
export function formExists(key: string): boolean {
  return /^[a-z0-9-]+$/.test(key) && existsSync(join(projectRoot(), 'forms', 'schemas', `${key}.schema.json`));
}

/** bpmnlint rule factory. */
export default function userTaskForm(): LintRule {
  return userTaskFormWith(formExists);
}
