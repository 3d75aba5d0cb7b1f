/**
 * Feature: the client's self-rated work ability in the app (issue 23) — a work-ability coordinator
 * records it with the client at the start and at the follow-up of a Kainuu path in Kajaani, and the
 * manager sees Kajaani's change (median and quartiles, with the count) with no identity shown.
 */
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import { pathAtStartMeasure, pathWithScores, planAndWaitForFollowUp } from '../../support/workAbilityPaths.js';
import type { TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { openTaskForm, submit } from './support/forms.js';
import { AppPage } from './support/pages.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser('Feature: self-rated work ability from the visit to the manager’s figures', function () {
  this.timeout(240_000);
  let server: TestServer;
  let browser: Browser;
  let pathId: string;

  before(async () => {
    server = await startAppServer();
    // Given two earlier Kajaani paths followed up (5 → 6 and 4 → 6) and ours waiting for its start measure
    await pathWithScores(server.engine, 'Kajaani', 5, 6);
    await pathWithScores(server.engine, 'Kajaani', 4, 6);
    pathId = await pathAtStartMeasure(server.engine, 'Kajaani');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Finds the task in the coordinator's inbox by the client's pseudonym, opens it and records the score. */
  async function recordScore(coordinator: AppPage, task: string, score: string) {
    const { page } = coordinator;
    const clientRef = (await server.engine.getInstance(pathId)).clientRef as string;
    await coordinator.goto('/');
    await page.getByLabel('Asiakkaan pseudonyymi').fill(clientRef);
    const row = page.locator('table.task-table tbody tr', { hasText: task });
    await row.first().waitFor();
    expect(await page.locator('table.task-table tbody tr').count(), 'one open task on this path').to.equal(1);
    await row.getByRole('link').click();
    await openTaskForm(page, task);
    await page.getByLabel(/Oma arvio työkyvystä nyt/).fill(score);
    await submit(page);
    await page.getByText('Tehtävä on tehty.').waitFor();
  }

  it('Scenario: the coordinator records 3 at the start and 6 at the follow-up, and the manager sees Kajaani’s change 2 (1,5 – 2,5) over three paths', async () => {
    const coordinator = await AppPage.open(browser, server.url);
    try {
      await coordinator.goto('/');
      await coordinator.signIn('work-ability-coordinator');
      await coordinator.page.getByLabel('Asiakkaan pseudonyymi').waitFor();
      await recordScore(coordinator, 'Työkyvyn itsearvio (alku)', '3');
      await planAndWaitForFollowUp(server.engine, pathId);
      await recordScore(coordinator, 'Työkyvyn itsearvio (seuranta)', '6');
    } finally {
      await coordinator.close();
    }
    expect((await server.engine.getInstance(pathId)).variables).to.include({ workAbilityStart: 3, workAbilityNow: 6 });

    for (const width of [1280, 390]) {
      const manager = await AppPage.open(browser, server.url);
      try {
        await manager.page.setViewportSize({ width, height: 900 });
        await manager.goto('/');
        await manager.signIn('manager');
        await manager.page.getByRole('link', { name: 'Työkyvyn muutos' }).click();
        const { page } = manager;
        await page.getByRole('heading', { name: 'Asiakkaiden arvio omasta työkyvystään', level: 1 }).waitFor();
        const byMunicipality = page.getByRole('table', { name: 'Kunnittain' });
        await byMunicipality.getByRole('row', { name: 'Kajaani 3 3 4 (3,5 – 4,5) 6 (6 – 6) 2 (1,5 – 2,5)' }).waitFor();
        const text = await page.locator('main').innerText();
        expect(text, 'no path, pseudonym or person on the page').to.not.match(
          /C-[0-9A-Z]|Koordinaattori \(demo\)|work-ability-coordinator/,
        );
        await manager.expectAccessible('the work-ability change page');
        await manager.screenshot(width === 1280 ? 'work-ability-manager' : 'work-ability-manager-390');
      } finally {
        await manager.close();
      }
    }
  });
});
