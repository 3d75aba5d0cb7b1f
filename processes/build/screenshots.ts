/**
 * `npx tsx processes/build/screenshots.ts`: a PNG of every process diagram as bpmn-js draws it,
 * into docs/diagrams/, for the README. Needs Debian's Chromium (apt-get install -y chromium).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../test/support/browser.js';
import { diagramPage } from '../diagramPage.js';
import { listProcessFiles } from '../index.js';

const out = fileURLToPath(new URL('../../docs/diagrams/', import.meta.url));
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  for (const file of listProcessFiles()) {
    const page = await browser.newPage({ viewport: { width: 1800, height: 1000 }, deviceScaleFactor: 1 });
    await page.setContent(diagramPage(readFileSync(file, 'utf8')));
    await page.waitForFunction(() => (window as unknown as { bpmnImport?: unknown }).bpmnImport);
    const target = join(out, basename(file, '.bpmn') + '.png');
    await page.screenshot({ path: target });
    await page.close();
    console.log(`wrote ${target}`);
  }
} finally {
  await browser.close();
}
