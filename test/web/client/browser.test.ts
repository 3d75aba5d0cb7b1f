/**
 * Feature: the client's own part in a real browser. A demo client signs in through the local
 * stand-in for the national e-identification (real redirects, real tokens), reads what happens
 * next, withdraws and gives consent for one party (whose worker then gets 404, then 200), signs the
 * plan, and sees the worker's read in the access log; in Finnish and Swedish, at 390 and 1280 px.
 */
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import { hourAfter, wednesdayAhead } from '../../processes/support/meetingDate.js';
import { childOf, completeAs } from '../../processes/support/steps.js';
import { bookAndConfirm } from '../../processes/support/teamSteps.js';
import { ensureAppBuilt } from '../app/support/appServer.js';
import { AppPage } from '../app/support/pages.js';
import { startClientServer, type ClientServer } from './support.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

/** axe-core's serious and critical violations on the page now: none (the workers' app's check, on this page). */
const expectAccessible = (page: Page, what: string) => AppPage.prototype.expectAccessible.call({ page } as AppPage, what);

describeBrowser("Feature: the client's own pages", function () {
  this.timeout(180_000);
  let server: ClientServer;
  let browser: Browser;
  let page: Page;
  let pathId = '';
  let teamId = '';
  let meeting: Date;
  const errors: string[] = [];

  before(async () => {
    ensureAppBuilt();
    server = await startClientServer({ demo: true });
    // Given Aili's path came to the team, and the team meeting is booked and the invitations confirmed
    const [root] = (await server.store.listInstances({ limit: 1_000 })).filter((i) => i.businessKey === 'DEMO-referral-trial-6');
    teamId = (await childOf(server.engine, root!.id, 'team-process')).id;
    meeting = wednesdayAhead(8);
    await bookAndConfirm(server.engine, teamId, meeting);
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fi-FI', timezoneId: 'America/New_York' })
    ).newPage();
    // Chromium logs every 4xx answer as a console error: the answers are checked instead, the one expected 401 (no session yet) allowed.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      const what = `${r.status()} ${new URL(r.url()).pathname}`;
      if (r.status() >= 400 && what !== '401 /api/session') errors.push(what);
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Scenario: a demo client signs in through the stand-in provider and reads what happens next', async () => {
    await page.goto(`${server.url}/oma`);
    await page.getByRole('link', { name: 'Tunnistaudu' }).click();
    // The provider's page: clearly a test stand-in
    await page.getByText('Tämä ei ole oikea tunnistus.').waitFor();
    await page.getByRole('button', { name: 'Aili Asiakas (demo)' }).click();
    await page.getByRole('heading', { name: 'Polkuni', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).to.equal('/oma');
    await page.getByRole('heading', { name: 'Mitä seuraavaksi tapahtuu' }).waitFor();
    expect(await page.locator('.client-card ul').first().textContent()).to.match(/\S/);
    // The meeting at 13.00 Finnish time, whatever the browser's zone (New York here)
    const card = page.locator('.client-card').first();
    expect(await card.textContent()).to.match(/Seuraava tapaaminen.*klo 13\.00/);
    await page.screenshot({ path: 'docs/screenshots/client-path-390.png', fullPage: true });
    await expectAccessible(page, 'Polkuni');
    pathId = new URL(
      await page
        .getByRole('link', { name: 'Suunnitelmani' })
        .getAttribute('href')
        .then((h) => `${server.url}${h}`),
    ).pathname
      .split('/')
      .pop()!;
  });

  it("Scenario: the client withdraws the doctor's consent (the doctor gets 404) and gives it again (200)", async () => {
    const doctor = await server.login('doctor');
    expect((await doctor.call('GET', `/api/process-instances/${pathId}`)).status).to.equal(200);
    await page.getByRole('link', { name: 'Suostumukseni' }).click();
    const card = page.locator('[data-party="health-doctor"]');
    await card.getByRole('button', { name: 'Peru suostumus' }).click();
    await card.getByText(/Peruttu/).waitFor();
    expect((await doctor.call('GET', `/api/process-instances/${pathId}`)).status).to.equal(404);
    await page.screenshot({ path: 'docs/screenshots/client-consent-390.png', fullPage: true });
    await expectAccessible(page, 'Suostumukseni');
    await card.getByRole('button', { name: 'Anna suostumus' }).click();
    await card.getByText(/Annettu/).waitFor();
    expect((await doctor.call('GET', `/api/process-instances/${pathId}`)).status).to.equal(200);
  });

  it('Scenario: the client fills the self-rated work ability as a draft, then sends it', async () => {
    await page.goto(`${server.url}/oma/lomake/${pathId}`);
    await page.getByRole('heading', { name: 'Omat lomakkeeni', level: 1 }).waitFor();
    await page.getByRole('group', { name: 'Millainen on työkykysi nyt?' }).getByLabel('6', { exact: true }).check();
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    await page.getByText('Luonnos tallennettu.').waitFor();
    await page.getByLabel('Omin sanoin (vapaaehtoinen)').fill('Jaksan aamupäivät (demo)');
    await page.getByRole('button', { name: 'Lähetä' }).click();
    await page.getByText(/Lähetit vastauksesi/).waitFor();
    await page.screenshot({ path: 'docs/screenshots/client-form-390.png', fullPage: true });
    await expectAccessible(page, 'Omat lomakkeeni');
    const doctor = await server.login('doctor');
    const answers = await doctor.call('GET', `/api/process-instances/${pathId}/client-answers`);
    expect(answers.body.items[0].data).to.deep.equal({ workAbility: 6, ownWords: 'Jaksan aamupäivät (demo)' });
  });

  it('Scenario: after the meeting the client reads the plan, signs that version, downloads the PDF; a changed plan asks for a new signature', async () => {
    // Given the team held the meeting and filled its part of the plan
    await server.engine.fireDueTimers(hourAfter(meeting));
    await completeAs(server.engine, teamId, 'ttsTeam', 'team', { mainGoal: 'Osa-aikatyö omalla alalla keväällä (demo)' });
    await page.goto(`${server.url}/oma/suunnitelma/${pathId}`);
    await page.getByRole('heading', { name: 'Suunnitelmani', level: 1 }).waitFor();
    await page.getByText('Osa-aikatyö omalla alalla keväällä (demo)').waitFor();
    await page.getByRole('button', { name: 'Allekirjoitan suunnitelman' }).click();
    await page.getByText(/Allekirjoitit tämän version/).waitFor();
    await page.screenshot({ path: 'docs/screenshots/client-plan-390.png', fullPage: true });
    await expectAccessible(page, 'Suunnitelmani');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Lataa suunnitelma (PDF)' }).click(),
    ]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).to.equal('%PDF-');
    expect(execFileSync('pdftotext', [file, '-']).toString()).to.contain('Osa-aikatyö omalla alalla keväällä (demo)');
    // When the team changes the plan (the signatures step saves the plan again, changed), the client's signature no longer covers it
    await completeAs(server.engine, teamId, 'signatures', 'case-manager', { mainGoal: 'Kokoaikatyö syksyllä (demo)' });
    await page.reload();
    await page.getByText('Suunnitelma on muuttunut allekirjoituksesi jälkeen. Allekirjoita uusi versio.').waitFor();
    await page.getByRole('button', { name: 'Allekirjoitan suunnitelman' }).click();
    await page.getByText(/Allekirjoitit tämän version/).waitFor();
  });

  it("Scenario: the doctor's read shows in Kuka katsoi tietojani, in plain words, in Finnish time", async () => {
    await page.getByRole('link', { name: 'Kuka katsoi tietojani' }).click();
    await page.getByRole('heading', { name: 'Kuka katsoi tietojani', level: 1 }).waitFor();
    const entry = page.locator('.client-log', { hasText: 'Terveydenhuolto (lääkäri) katsoi polkusi tietoja' }).first();
    await entry.waitFor();
    expect(await entry.textContent()).to.match(/klo \d{1,2}\.\d{2}/);
    expect(await page.locator('main').textContent()).not.to.contain('Lauri');
    await page.screenshot({ path: 'docs/screenshots/client-access-log-390.png', fullPage: true });
  });

  it('Scenario: the client switches to Swedish, and the choice is remembered', async () => {
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { name: 'Vem har sett mina uppgifter', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Vem har sett mina uppgifter', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).to.equal('sv');
    await page.screenshot({ path: 'docs/screenshots/client-access-log-sv-390.png', fullPage: true });
    await expectAccessible(page, 'Vem har sett mina uppgifter (sv)');
    await page.getByRole('link', { name: 'Min stig' }).click();
    await page.getByRole('heading', { name: 'Vad händer härnäst' }).waitFor();
    await expectAccessible(page, 'Min stig (sv)');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: 'docs/screenshots/client-path-sv-1280.png', fullPage: true });
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await page.getByRole('heading', { name: 'Mitä seuraavaksi tapahtuu' }).waitFor();
    await page.screenshot({ path: 'docs/screenshots/client-path-1280.png', fullPage: true });
    expect(errors).to.deep.equal([]);
  });
});
