/** Polku's BPMN processes: the files deployed at start-up and their lint rules. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './projectRoot.js';

/** Called processes first: deployment refuses a call activity whose process is not yet deployed. */
const DEPLOY_FIRST = [
  'consultation-hour.bpmn',
  'supported-employment.bpmn',
  'team-process.bpmn',
  'entry-kainuu.bpmn',
  'entry-keski-suomi.bpmn',
  'entry-oulu-palo.bpmn',
  'entry-toike.bpmn',
  'oulu-palo-measures.bpmn',
];
const rank = (name: string) => (DEPLOY_FIRST.includes(name) ? DEPLOY_FIRST.indexOf(name) : DEPLOY_FIRST.length);

/** Absolute paths of processes/*.bpmn, called processes before their callers, for deployment at start-up. */
export function listProcessFiles(): string[] {
  const here = join(projectRoot(), 'processes');
  return readdirSync(here)
    .filter((name) => name.endsWith('.bpmn'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => join(here, name));
}

export { lintBpmnXml, type LintIssue } from './lint/index.js';
