/** Feature: every process diagram opens in bpmn-js in a real browser (Debian's Chromium). */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';
import { diagramPage } from '../../processes/diagramPage.js';
import { listProcessFiles } from '../../processes/index.js';
import { browserAvailable, launchChromium } from '../support/browser.js';

describe('Feature: the diagrams open in bpmn-js in a real browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  before(async function () {
    // test/run.mjs fails a CI run without Chromium; on a developer machine it says what to install.
    if (!browserAvailable()) this.skip();
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  for (const file of listProcessFiles()) {
    it(`Given ${basename(file)}, When bpmn-js imports it, Then there is no error or warning and every flow node is drawn`, async () => {
      const xml = readFileSync(file, 'utf8');
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      try {
        await page.setContent(diagramPage(xml));
        const result = await page.waitForFunction(() => (window as unknown as { bpmnImport?: unknown }).bpmnImport);
        expect(await result.jsonValue()).to.deep.equal({ warnings: [] });
        const drawn = await page.locator('.djs-element.djs-shape').count();
        const nodes = (
          xml.match(
            /<bpmn:(userTask|callActivity|startEvent|endEvent|exclusiveGateway|intermediateCatchEvent|boundaryEvent|receiveTask|sendTask)\b/g,
          ) ?? []
        ).length;
        expect(drawn).to.be.greaterThan(nodes);
      } finally {
        await page.close();
      }
    });
  }
});
