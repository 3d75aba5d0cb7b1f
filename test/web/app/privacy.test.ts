/**
 * Feature: privacy as the users see it — the consent in the path view, the access log for the
 * auditor, the manager's pseudonym-only view, and the admin's accounts page.
 */
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import type { Client, TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { choose } from './support/forms.js';
import { AppPage } from './support/pages.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

/** Fictional form data for the case manager's tasks on the health route. */
const DATA: Record<string, Record<string, unknown>> = {
  checklist: {},
  'route-choice': { route: 'health' },
  'consent-y100': { consentGiven: true, parties: ['health-doctor', 'kela'], givenOn: '2026-11-23', recordedBy: 'Aino Asiakasvastaava' },
};

describeBrowser('Feature: privacy in the app', function () {
  this.timeout(180_000);
  let server: TestServer;
  let browser: Browser;
  let pathId = '';
  let clientRef = '';

  before(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    // Given a referral path on the health route whose Y100 consent is recorded for health care and Kela
    const cm: Client = await server.login('case-manager');
    const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'referral-trial' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    pathId = started.body.id;
    clientRef = started.body.clientRef;
    for (let i = 0; i < 5; i++) {
      const [task] = (await cm.call('GET', `/api/tasks?processInstanceId=${pathId}&assignee=any`)).body.items;
      if (!task || !(task.formKey in DATA)) break;
      const done = await cm.call('POST', `/api/tasks/${task.id}/complete`, { body: { data: DATA[task.formKey] } });
      expect(done.status, JSON.stringify(done.body)).to.equal(200);
    }
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Scenario: the case manager sees the consent status in the path view', async () => {
    const cm = await AppPage.open(browser, server.url);
    await cm.goto(`/polut/${pathId}`);
    await cm.signIn('case-manager');
    const consent = cm.page.getByTestId('consent-status');
    await consent.getByText('Annettu').waitFor();
    expect(await consent.textContent()).to.contain('Terveydenhuolto – lääkäri');
    await cm.close();
  });

  it('Scenario: the auditor reads the access log in the path view, without the client data', async () => {
    const auditor = await AppPage.open(browser, server.url);
    const { page } = auditor;
    // The auditor's first page looks a client up by pseudonym
    await auditor.goto('/');
    await auditor.signIn('auditor');
    await page.getByRole('heading', { name: 'Lokitiedot', level: 1 }).waitFor();
    await page.getByLabel('Asiakkaan pseudonyymi').fill(clientRef);
    await page.getByRole('button', { name: 'Näytä lokitiedot' }).click();
    await page.locator('section[aria-labelledby="access-log"] tbody tr').first().waitFor();
    // And the path view shows the same log
    await auditor.goto(`/polut/${pathId}`);
    await page.getByRole('heading', { name: /Lokitiedot: kuka/ }).waitFor();
    const rows = page.locator('section[aria-labelledby="access-log"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).to.be.greaterThan(2);
    // Who and in which role read or changed what
    const log = page.locator('section[aria-labelledby="access-log"]');
    await log.locator('tr', { hasText: 'Teki tehtävän' }).first().waitFor();
    // by name and role, with what in Finnish
    expect(await log.textContent()).to.contain('Aino Asiakasvastaava (demo) (Asiakasvastaava)');
    expect(await log.textContent()).to.contain('tehtävä healthConsent tehty lomakkeella consent-y100');
    // No consent, forms or timeline for oversight: only the pseudonym, the diagram and the steps
    expect(await page.getByTestId('consent-status').count()).to.equal(0);
    expect(await page.getByRole('heading', { name: 'Täytetyt lomakkeet' }).count()).to.equal(0);
    await auditor.expectAccessible('the path view with the access log');
    await auditor.screenshot('path-access-log');
    await auditor.close();
  });

  it('Scenario: the admin creates an account, a weak password is refused in Finnish, and the new user can sign in', async () => {
    const admin = await AppPage.open(browser, server.url);
    const { page } = admin;
    await admin.goto('/');
    await admin.signIn('admin');
    await page.getByRole('heading', { name: 'Käyttäjät', level: 1 }).waitFor();
    await page.getByLabel('Käyttäjätunnus').fill('helmi.h');
    await page.getByLabel('Nimi', { exact: true }).fill('Helmi Hoitaja II (fiktiivinen)');
    await choose(page.getByRole('checkbox', { name: 'Terveydenhoitaja' }));
    await page.getByLabel('Ensimmäinen salasana').fill('lyhyt');
    admin.expectHttpError('/api/users', 400);
    await page.getByRole('button', { name: 'Luo käyttäjä' }).click();
    await page.getByText('Salasana on liian heikko', { exact: false }).waitFor();
    await admin.expectAccessible('the accounts page with an error');
    await page.getByLabel('Ensimmäinen salasana').fill('pitkä ja vahva lause 42');
    await page.getByRole('button', { name: 'Luo käyttäjä' }).click();
    await page.getByText('Käyttäjä helmi.h on luotu.').waitFor();
    await page.locator('.user-list', { hasText: 'Helmi Hoitaja II (fiktiivinen)' }).waitFor();
    await admin.screenshot('admin-users');
    await admin.close();
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'helmi.h', password: 'pitkä ja vahva lause 42' }),
    });
    expect(res.status).to.equal(200);
  });

  it('Scenario: the admin cannot give herself the auditor role, a second admin can, and the auditor reads who changed what and when', async () => {
    // Given a second admin account (created over the API by the demo admin)
    const ada = await server.login('admin');
    const second = await ada.call('POST', '/api/users', {
      body: {
        username: 'toinen.admin',
        displayName: 'Toinen Ylläpitäjä (fiktiivinen)',
        roles: ['admin'],
        password: 'toinen vahva lause 42',
      },
    });
    expect(second.status, JSON.stringify(second.body)).to.equal(201);
    // When the admin ticks the auditor role on her own account and saves
    const admin = await AppPage.open(browser, server.url);
    const { page } = admin;
    await admin.goto('/');
    await admin.signIn('admin');
    const own = page.locator('.user-list li', { hasText: 'Ada Ylläpitäjä (demo)' });
    await own.locator('summary').click();
    await choose(own.getByRole('checkbox', { name: 'Tarkastaja' }));
    admin.expectHttpError('/api/users/', 403);
    await own.getByRole('button', { name: 'Tallenna roolit' }).click();
    // Then she is told in Finnish that another admin must grant it
    await own
      .getByText(
        'Et voi antaa rooleja itsellesi etkä Tarkastajan roolia itse luomallesi tilille. Pyydä toista pääkäyttäjää lisäämään rooli.',
      )
      .waitFor();
    await admin.close();
    // When the second admin grants it
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'toinen.admin', password: 'toinen vahva lause 42' }),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const users = (await ada.call('GET', '/api/users')).body.items as { id: string; username: string; roles: string[] }[];
    const adaId = users.find((u) => u.username === 'admin')!.id;
    const granted = await fetch(`${server.url}/api/users/${adaId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ roles: ['admin', 'auditor'] }),
    });
    expect(granted.status).to.equal(200);
    // Then the auditor reads it in Lokitiedot: who, when, which account, what, in Finnish
    for (const width of [1280, 390]) {
      const auditor = await AppPage.open(browser, server.url);
      await auditor.page.setViewportSize({ width, height: 900 });
      await auditor.goto('/lokit');
      await auditor.signIn('auditor');
      const changes = auditor.page.locator('section[aria-labelledby="account-changes"]');
      await changes.getByRole('heading', { name: 'Käyttäjätilien muutokset' }).waitFor();
      const row = changes.locator('tbody tr', { hasText: 'Rooli lisätty: Tarkastaja' });
      await row.waitFor();
      expect(await row.textContent()).to.contain('Toinen Ylläpitäjä (fiktiivinen)');
      await changes.locator('tbody tr', { hasText: 'Tili luotu, roolit: Pääkäyttäjä' }).first().waitFor();
      if (width === 1280) await auditor.expectAccessible('the account change log');
      await auditor.screenshot(width === 1280 ? 'account-changes' : 'account-changes-390');
      await auditor.close();
    }
  });
});
