/**
 * Feature: the client's own part in a real browser. A demo client signs in through the local
 * stand-in for the national e-identification (real redirects, real tokens), reads what happens
 * next, withdraws and gives consent for one party (whose worker then gets 404, then 200), signs the
 * plan, and sees the worker's read in the access log; in Finnish and Swedish, at 390 and 1280 px.
 */
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import { ensureAppBuilt } from '../app/support/appServer.js';
import { startClientServer, type ClientServer } from './support.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser("Feature: the client's own pages", function () {
  this.timeout(180_000);
  let server: ClientServer;
  let browser: Browser;
  let page: Page;
  let pathId = '';
  const errors: string[] = [];

  before(async () => {
    ensureAppBuilt();
    server = await startClientServer({ demo: true });
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
    await page.screenshot({ path: 'docs/screenshots/client-path-390.png', fullPage: true });
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
    const doctor = await server.login('doctor');
    const answers = await doctor.call('GET', `/api/process-instances/${pathId}/client-answers`);
    expect(answers.body.items[0].data).to.deep.equal({ workAbility: 6, ownWords: 'Jaksan aamupäivät (demo)' });
  });

  it('Scenario: the client signs the plan version they read', async () => {
    await page.goto(`${server.url}/oma/suunnitelma/${pathId}`);
    await page.getByRole('heading', { name: 'Suunnitelmani', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Allekirjoitan suunnitelman' }).click();
    await page.getByText(/Allekirjoitit tämän version/).waitFor();
    await page.screenshot({ path: 'docs/screenshots/client-plan-390.png', fullPage: true });
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
    await page.getByRole('link', { name: 'Min stig' }).click();
    await page.getByRole('heading', { name: 'Vad händer härnäst' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: 'docs/screenshots/client-path-sv-1280.png', fullPage: true });
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await page.getByRole('heading', { name: 'Mitä seuraavaksi tapahtuu' }).waitFor();
    await page.screenshot({ path: 'docs/screenshots/client-path-1280.png', fullPage: true });
    expect(errors).to.deep.equal([]);
  });
});
