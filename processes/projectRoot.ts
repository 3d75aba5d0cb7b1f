/** The project's root folder, found from this module whether it runs from source (tsx) or from dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this module holding `.bpmnlintrc`; tsc does not copy .bpmn or .bpmnlintrc into dist/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, '.bpmnlintrc')) && existsSync(join(dir, 'processes'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('project root with .bpmnlintrc not found');
    dir = up;
  }
}
