/**
 * Feature: a manager reads the reports in the app — the stalled paths, the heatmap on the diagram,
 * referrals and outcomes as charts and tables, the late digest — and never meets a client's name,
 * identity code or business key, neither on the pages nor in any answer the pages got.
 */
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { DEMO_FORM_DATA } from '../../../web/demo/demoFormData.js';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { AppPage } from './support/pages.js';
import { readAsFinnishSpreadsheet } from './support/finnishSpreadsheet.js';

/** The bytes of a download, as the user's spreadsheet gets them. */
async function readDownload(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const describeBrowser = browserAvailable() ? describe : describe.skip;
const HETU = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]\b/;

/** Every free-text value of the demo forms (names, notes): none may reach a manager. */
function demoTexts(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && value.includes('(demo)')) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => demoTexts(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => demoTexts(v, found));
  return found;
}
const FORBIDDEN = [...demoTexts(DEMO_FORM_DATA), 'DEMO-', 'Fiktiivinen esimerkkipolku'];

function expectNoClientData(where: string, text: string): void {
  for (const s of FORBIDDEN) expect(text, `${where} shows "${s}"`).to.not.include(s);
  expect(HETU.test(text), `${where} shows a henkilötunnus`).to.equal(false);
}

describeBrowser('Feature: the manager reads the reports without meeting client data', function () {
  this.timeout(180_000);
  let server: TestServer;
  let browser: Browser;
  let manager: AppPage;
  const answers: { url: string; body: string }[] = [];

  before(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    manager = await AppPage.open(browser, server.url);
    manager.page.on('response', (res) => {
      if (!res.url().includes('/api/')) return;
      void res.text().then(
        (body) => answers.push({ url: res.url(), body }),
        () => undefined,
      );
    });
    await manager.goto('/');
    await manager.signIn('manager');
  });
  after(async () => {
    await manager?.close();
    await browser?.close();
    await server?.close();
  });

  it('Scenario: the manager lands on the stalled paths, sorted by how late, pseudonyms only and no links', async () => {
    const { page } = manager;
    await page.getByRole('heading', { name: 'Pysähtyneet polut', level: 1 }).waitFor();
    const rows = page.locator('table.data-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).to.be.greaterThan(0);
    expect(await page.locator('table.data-table tbody a').count(), 'a manager gets no path links').to.equal(0);
    await page.getByLabel('Prosessi').selectOption('team-process');
    await page.getByLabel('Prosessi').selectOption('');
    // Every row says why it is listed, in words; the reason filter narrows to plainly late steps.
    await page.getByRole('columnheader', { name: 'Syy', exact: true }).waitFor();
    const reasons = await page.locator('table.data-table tbody tr td:last-child').allInnerTexts();
    expect(
      reasons.every((r) => /ylittyi|vahvistettu|tekemättä/.test(r)),
      reasons.join(' | '),
    ).to.equal(true);
    await page.getByRole('combobox', { name: 'Syy', exact: true }).selectOption('late');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('table.data-table tbody tr td:last-child')].every((td) => td.textContent === 'Odotettu aika ylittyi'),
    );
    await page.getByRole('combobox', { name: 'Syy', exact: true }).selectOption('');
    // The CSV reads as a Finnish spreadsheet expects: semicolons, BOM, decimal commas, Helsinki times
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Lataa CSV \(pysahtyneet\.csv\)/ }).click(),
    ]);
    const sheet = readAsFinnishSpreadsheet(await readDownload(download));
    expect(sheet.header.slice(0, 3)).to.deep.equal(['Asiakas (pseudonyymi)', 'Prosessi', 'Vaihe']);
    expect(sheet.misread).to.deep.equal([]);
    expect(sheet.rows.length).to.be.greaterThan(0);
    for (const row of sheet.rows) expect(String(row[5])).to.match(/^\d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}$/);
    expect(sheet.rows.every((r) => typeof r[7] === 'number')).to.equal(true);
    await manager.expectAccessible('the stalled paths');
    await manager.screenshot('stalled');
    expectNoClientData('the stalled page', await page.locator('main').innerText());
  });

  it('Scenario: the heatmap colours the steps of the chosen process and gives the figures as text', async () => {
    const { page } = manager;
    // Given a newer version of referral-trial on which no path has been yet
    const latest = (await server.store.findDeployment('referral-trial'))!;
    await server.store.insertDeployment({ ...latest, id: randomUUID(), version: latest.version + 1, deployedAt: new Date().toISOString() });
    await page.getByRole('link', { name: 'Lämpökartta' }).click();
    await page.getByRole('heading', { name: 'Lämpökartta', level: 1 }).waitFor();
    await page.getByRole('combobox').first().selectOption('referral-trial');
    // Then the heatmap opens on the newest version that has paths, not on the empty newest one
    await page
      .getByRole('combobox', { name: 'Versio' })
      .locator(`option[value="${latest.version + 1}"]`)
      .waitFor({ state: 'attached' });
    await page.waitForFunction((v) => (document.querySelectorAll('select')[1] as HTMLSelectElement)?.value === String(v), latest.version);
    await page.locator('.djs-element.heat-5').first().waitFor();
    await page.locator('.heat-note').first().waitFor();
    expect(await page.getByText(/Väri kertoo, montako polkua/).count()).to.equal(1);
    expect(await page.getByRole('table').getByRole('row').count()).to.be.greaterThan(1);
    // Steps by name, never by id; the legend names its units; the diagram zooms
    await page.getByRole('rowheader', { name: 'Asiakasvastaavan muistilista' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'checklist', exact: true }).count()).to.equal(0);
    await page.getByText(/Luvut: polkuja = vaiheessa nyt odottavat polut/).waitFor();
    const viewport = page.locator('.diagram .viewport');
    const before = await viewport.getAttribute('transform');
    await page.getByRole('button', { name: 'Suurenna' }).click();
    await page.waitForFunction((b) => document.querySelector('.diagram .viewport')?.getAttribute('transform') !== b, before);
    await page.getByRole('button', { name: 'Sovita näkymään' }).click();
    // And its CSV opens in a Finnish spreadsheet in columns, with Finnish headers and step names
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Lataa CSV \(lampokartta-/ }).click(),
    ]);
    const sheet = readAsFinnishSpreadsheet(await readDownload(download));
    expect(sheet.header).to.deep.equal(['Vaihe', 'Polkuja nyt', 'Valmistuneita', 'Mediaani (tuntia)', '90 % valmis ajassa (tuntia)']);
    expect(sheet.misread).to.deep.equal([]);
    expect(sheet.rows.map((r) => r[0])).to.include('Asiakasvastaavan muistilista');
    await manager.expectAccessible('the heatmap');
    await manager.screenshot('heatmap');
    await page.setViewportSize({ width: 390, height: 844 });
    await manager.screenshot('heatmap-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    expectNoClientData('the heatmap page', await page.locator('main').innerText());
  });

  it('Scenario: referrals and outcomes show as charts, tables and CSV downloads', async () => {
    const { page } = manager;
    await page.getByRole('link', { name: 'Ohjaukset ja tulokset' }).click();
    await page.getByRole('heading', { name: 'Ohjaukset ja tulokset', level: 1 }).waitFor();
    await page.locator('canvas[role="img"]').first().waitFor();
    await page.getByText(/Valmennuksessa \d+ henkilöä/).waitFor();
    const csv = page.getByRole('link', { name: /Lataa CSV \(ohjaukset-kuukausittain\.csv\)/ });
    const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    expect(text).to.match(/"Kuukausi";/);
    // Processes by name, not by key; the paths that reached the team with the time to the meeting, or a note that none has.
    await page.getByRole('columnheader', { name: 'Ohjaus tiimiin työterveyshuollosta', exact: true }).first().waitFor();
    expect(await page.getByRole('columnheader', { name: 'referral-occupational-health' }).count()).to.equal(0);
    await page.getByRole('heading', { name: 'Tiimiin päätyneet', level: 2 }).waitFor();
    const team = page.getByRole('table', { name: 'Tiimiin päätyneet ja aika ohjauksesta tiimin kokoukseen' });
    if (await team.count()) expect(await team.getByRole('columnheader', { name: 'Aika kokoukseen, mediaani' }).count()).to.equal(1);
    else await page.getByText(/ei ole vielä päätynyt tiimin kokoukseen/).waitFor();
    await manager.expectAccessible('the referrals');
    await manager.screenshot('referrals');
    expectNoClientData('the referrals page', await page.locator('main').innerText());
  });

  it('Scenario: the late digest lists per role the tasks that became late', async () => {
    const { page } = manager;
    await page.getByRole('link', { name: 'Myöhästyneet' }).click();
    await page.getByRole('heading', { name: 'Myöhästyneet tehtävät', level: 1 }).waitFor();
    await page.getByLabel(/Myöhästyneet alkaen/).fill('2020-01-01');
    await page.locator('section h2').first().waitFor();
    await manager.expectAccessible('the late digest');
    expectNoClientData('the late digest page', await page.locator('main').innerText());
  });

  it('Scenario: no answer the manager got, nor any report endpoint, carries client data', async () => {
    expect(answers.filter((a) => a.url.includes('/api/reports/')).length).to.be.greaterThan(3);
    for (const a of answers) expectNoClientData(a.url, a.body);
    const api = await server.login('manager');
    for (const path of [
      '/api/reports/stalled?limit=500',
      '/api/reports/heatmap?processKey=referral-trial',
      '/api/reports/referrals',
      '/api/reports/outcomes',
      '/api/reports/late-digest?since=2020-01-01',
    ]) {
      const res = await api.call('GET', path);
      expect(res.status, path).to.equal(200);
      expectNoClientData(path, JSON.stringify(res.body));
    }
    manager.expectNoConsoleErrors();
  });
});
