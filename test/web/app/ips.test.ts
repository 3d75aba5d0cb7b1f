/**
 * Feature: supported employment in the app — a job coach sees the caseloads and the waiting list
 * and logs the week's employer contacts against the criterion of six; a manager reads the pilot's
 * figures per person and per job, by referral source and municipality.
 */
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import { seedIpsPilot } from '../../support/ipsPilot.js';
import type { TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { AppPage } from './support/pages.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser('Feature: supported employment (IPS) in the app', function () {
  this.timeout(180_000);
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startAppServer();
    await seedIpsPilot(server.store);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Scenario: the job coach sees the caseloads and the waiting list, and logs six employers for the week', async () => {
    const coach = await AppPage.open(browser, server.url);
    try {
      await coach.goto('/');
      await coach.signIn('job-coach');
      await coach.page.getByRole('link', { name: 'Työhönvalmennus' }).click();
      const { page } = coach;
      await page.getByRole('heading', { name: 'Tuettu työllistyminen (IPS)', level: 1 }).waitFor();
      await page.getByRole('table', { name: /Asiakkaita valmentajaa kohden, enintään 20/ }).waitFor();
      expect(await page.getByRole('heading', { name: /^Jono \(\d+\)$/ }).count()).to.equal(1);
      await page.getByLabel('Työnantajia').fill('6');
      await page.getByRole('button', { name: 'Kirjaa kontaktit' }).click();
      await page.getByText(/Kirjattu 6 työnantajaa viikolle \d{4}-W\d{2}/).waitFor();
      const weeks = page.getByRole('table', { name: /Työnantajia valmentajaa kohden/ });
      await weeks.getByText('6 ✓ täyttyi').waitFor();
      expect(await weeks.getByText('0 ✗ alle kriteerin').count(), 'the earlier weeks had none').to.be.greaterThan(0);
      expect(await page.getByRole('heading', { name: /Tulokset henkilöittäin/ }).count(), 'figures are for managers').to.equal(0);
      await coach.expectAccessible('the supported-employment page of a job coach');
      await coach.screenshot('ips-coach');
    } finally {
      await coach.close();
    }
  });

  it("Scenario: the manager reads the pilot's figures — 87 clients, 47 employed (0,54), 70 jobs — by source and by municipality", async () => {
    const manager = await AppPage.open(browser, server.url);
    try {
      await manager.goto('/');
      await manager.signIn('manager');
      await manager.page.getByRole('link', { name: 'Työhönvalmennus' }).click();
      const { page } = manager;
      await page.getByText('87 asiakasta, joista 47 työllistyi (työllistymiskerroin 0,54); 70 työpaikkaa.').waitFor();
      const bySource = page.getByRole('table', { name: 'Ohjaavan tahon mukaan' });
      expect(await bySource.getByRole('row').count(), 'eight sources and the header').to.equal(9);
      await bySource.getByRole('row', { name: /Työllisyyden kuntakokeilu 24/ }).waitFor();
      const byMunicipality = page.getByRole('table', { name: 'Kunnittain' });
      await byMunicipality.getByRole('row', { name: 'Rovaniemi 70 39 0,56 62' }).waitFor();
      await byMunicipality.getByRole('row', { name: 'Kemijärvi 17 8 0,47 8' }).waitFor();
      // The pilot's jobs table: sector × pay subsidy, apprenticeships apart; Kemijärvi, Rovaniemi (by name), total.
      const jobs = page.getByRole('table', { name: 'Työpaikat sektoreittain ja palkkatuen mukaan' });
      await jobs.getByRole('row', { name: 'Yritykset, ei palkkatukea 1 22 23' }).waitFor();
      await jobs.getByRole('row', { name: 'Kolmas sektori, palkkatuki 3 8 11' }).waitFor();
      await jobs.getByRole('row', { name: 'Oppisopimus 1 1 2' }).waitFor();
      await jobs.getByRole('row', { name: 'Työpaikkoja yhteensä 8 62 70' }).waitFor();
      await manager.expectAccessible('the supported-employment page of a manager');
      await manager.screenshot('ips-manager');
    } finally {
      await manager.close();
    }
  });
});
