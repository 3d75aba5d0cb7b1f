/**
 * Feature: workers do a referral in the browser, as new users would.
 * A real server with the built app, Debian's Chromium driven by playwright-core; screenshots of
 * every page go to docs/screenshots/, axe-core checks them, and no page may log a console error.
 */
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import {
  choose,
  fillBackground,
  fillChecklist,
  fillConsentWithError,
  fillRouteChoice,
  fixConsent,
  openTaskForm,
  submit,
} from './support/forms.js';
import { AppPage } from './support/pages.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser('Feature: a referral from the employment trial, done in the web app', function () {
  this.timeout(180_000);
  let server: TestServer;
  let browser: Browser;
  let pathUrl = '';
  let clientRef = '';

  before(async () => {
    server = await startAppServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Scenario: the case manager signs in, starts referral-trial and fills the consent (once wrong), checklist and background', async () => {
    const cm = await AppPage.open(browser, server.url);
    const { page } = cm;
    // Given the login page
    await cm.goto('/');
    await page.getByLabel('Käyttäjätunnus').waitFor();
    await cm.expectAccessible('the login page');
    await cm.screenshot('login');
    // When the case manager signs in, Then her inbox shows her name, role and tasks
    await cm.signIn('case-manager');
    await page.getByRole('heading', { name: 'Tehtävät', level: 1 }).waitFor();
    await page.getByText('Aino Asiakasvastaava (demo)').waitFor();
    await page.locator('table.task-table tbody tr').first().waitFor();
    await cm.expectAccessible('the inbox');
    await cm.screenshot('inbox');

    // When she starts a referral from the employment trial
    await page.getByRole('link', { name: 'Aloita polku' }).click();
    await page.getByRole('button', { name: 'Aloita: Ohjaus tiimiin työllisyyden kuntakokeilusta' }).click();
    await page.getByRole('heading', { name: 'Ohjaus tiimiin työllisyyden kuntakokeilusta', level: 1 }).waitFor();
    pathUrl = new URL(page.url()).pathname;
    clientRef = (await page.locator('.facts dd.mono').first().textContent())!.trim();
    expect(clientRef).to.match(/^C-/);

    // Then she works through her tasks on the path as they come
    const done: string[] = [];
    for (let round = 0; round < 8; round++) {
      await cm.goto(pathUrl);
      const next = page.locator('.open-tasks a').first();
      // The timeline (and with it the open tasks) has loaded once its heading shows.
      await page.getByRole('heading', { name: 'Asiakkaan aikajana' }).waitFor();
      if (!(await page.locator('.open-tasks').count())) break;
      const name = (await next.textContent())!.trim();
      await next.click();
      await openTaskForm(page, name);
      if (name === 'Asiakasvastaavan muistilista') {
        await fillChecklist(page);
        // The totals follow the ticks live.
        await expectValue(page, 'Riskitekijät yhteensä', '2');
        await expectValue(page, 'Vahvistavat tekijät yhteensä', '1');
      } else if (name === 'Valitse reitti') {
        await fillRouteChoice(page);
      } else if (name === 'Suostumus (Kela Y100)') {
        await fillConsentWithError(page);
        await submit(page);
        // The Finnish message shows at the field, tied to it for screen readers.
        const other = page.getByRole('textbox', { name: 'Muu taho, mikä' });
        await page.getByText('Kerro, mikä muu.').waitFor();
        expect(await other.getAttribute('aria-invalid')).to.equal('true');
        await cm.expectAccessible('a task form showing errors');
        await cm.screenshot('task-form-errors');
        await fixConsent(page);
      } else if (name === 'Taustatietolomake') {
        await fillBackground(page);
        await cm.screenshot('task-form');
      } else {
        throw new Error(`unexpected task ${name}`);
      }
      await submit(page);
      await page.getByText('Tehtävä on tehty.').waitFor();
      done.push(name);
    }
    expect(done).to.include.members(['Asiakasvastaavan muistilista', 'Valitse reitti', 'Suostumus (Kela Y100)', 'Taustatietolomake']);
    expect(done.indexOf('Suostumus (Kela Y100)'), 'consent before the background form').to.be.lessThan(done.indexOf('Taustatietolomake'));
    await cm.close();
  });

  it('Scenario: the nurse finds the health check, closes the tab half-way, finds her draft and completes it', async () => {
    const nurse = await AppPage.open(browser, server.url);
    const { page } = nurse;
    await nurse.goto('/');
    await nurse.signIn('nurse');
    // Given the health check in her inbox, found by the client's pseudonym
    await page.getByLabel('Asiakkaan pseudonyymi').fill(clientRef);
    const row = page.locator('table.task-table tbody tr', { hasText: 'Terveystarkastus ja palaute' });
    await row.first().waitFor();
    expect(await page.locator('table.task-table tbody tr').count()).to.equal(1);
    await row.getByRole('link').click();
    await openTaskForm(page, 'Terveystarkastus ja palaute');
    // Before the claim the path's earlier forms stay closed; claiming opens them beside the form, read-only.
    await page.getByText('Polun aiemmat lomakkeet näkyvät, kun otat tehtävän itsellesi.').waitFor();
    await page.getByRole('button', { name: 'Ota itselleni' }).click();
    await page.getByRole('heading', { name: 'Polun aiemmat lomakkeet' }).waitFor();
    await page.getByText('Polun aiemmat lomakkeet näkyvät, kun otat tehtävän itsellesi.').waitFor({ state: 'detached' });
    const taskUrl = new URL(page.url()).pathname;
    // When she types half of it and the draft is saved
    await page.getByLabel('Terveystarkastuksen päivämäärä').fill('2026-11-23');
    await page
      .getByLabel('Havainnot terveydentilasta ja työ- ja toimintakyvystä')
      .fill('Selkävaivoja, työkyky osin alentunut (fiktiivinen).');
    await page.getByText(/Luonnos tallennettu klo/).waitFor();
    // And closes the tab
    await page.close();
    // Then in a new tab the draft is there
    const again = await nurse.newTab();
    await again.goto(taskUrl);
    await openTaskForm(again.page, 'Terveystarkastus ja palaute');
    await waitForValue(
      again.page,
      'Havainnot terveydentilasta ja työ- ja toimintakyvystä',
      'Selkävaivoja, työkyky osin alentunut (fiktiivinen).',
    );
    // And she completes it, referring to the doctor
    await choose(again.page.getByRole('radio', { name: 'Ohjaus lääkärille' }));
    await submit(again.page);
    await again.page.getByText('Tehtävä on tehty.').waitFor();
    again.expectNoConsoleErrors();
    await nurse.close();
  });

  it('Scenario: the case manager sees the health check done, by whom and when, on the diagram and in the timeline', async () => {
    const cm = await AppPage.open(browser, server.url);
    const { page } = cm;
    await cm.goto(pathUrl);
    await cm.signIn('case-manager');
    await page.getByRole('heading', { name: 'Polun kulku' }).waitFor();
    // On the diagram: the health check marked done with the nurse's name, the doctor's step active
    const healthCheck = page.locator('[data-element-id="healthCheck"]');
    await healthCheck.and(page.locator('.done')).waitFor();
    await page.locator('.djs-overlay .diagram-note', { hasText: 'Helmi Hoitaja (demo)' }).waitFor();
    await page.locator('[data-element-id="doctorAssessment"].active').waitFor();
    // In the steps: who and when
    const step = page.locator('table.history-table tr', { hasText: 'Terveystarkastus ja palaute' });
    expect(await step.textContent()).to.contain('Helmi Hoitaja (demo)');
    // In the timeline
    await page.locator('ol.timeline li', { hasText: 'Tehty: Terveystarkastus ja palaute' }).waitFor();
    await cm.expectAccessible('the path view');
    await cm.screenshot('path-view');
    await cm.close();
  });

  it('Scenario: the language switch shows English and is remembered', async () => {
    const cm = await AppPage.open(browser, server.url);
    const { page } = cm;
    await cm.goto('/');
    await cm.signIn('case-manager');
    await page.getByRole('heading', { name: 'Tehtävät', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).to.equal('en');
    await cm.close();
  });
});

async function expectValue(page: import('playwright-core').Page, label: string, value: string): Promise<void> {
  await waitForValue(page, label, value);
}

/** Waits (with the page's default timeout) until the labelled field holds the value. */
async function waitForValue(page: import('playwright-core').Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.waitFor();
  await page.waitForFunction(([id, expected]) => (document.getElementById(id!) as HTMLInputElement | null)?.value === expected, [
    await field.getAttribute('id'),
    value,
  ] as const);
}
