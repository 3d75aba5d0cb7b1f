/** Writes processes/<key>.bpmn from each description: `npx tsx processes/build/generate.ts`. */
import { writeFileSync } from 'node:fs';
import { PROCESS_SPECS } from '../specs/index.js';
import { toBpmnXml } from './serialize.js';

for (const spec of PROCESS_SPECS) {
  writeFileSync(new URL(`../${spec.key}.bpmn`, import.meta.url), toBpmnXml(spec));
}
console.log(`wrote ${PROCESS_SPECS.length} process files`);
