/**
 * Feature: the app stays honest when others act too, and when the session is lost.
 * Two browsers on one task; a colleague's completion leaving the inbox; an expired session that
 * brings the login back over the form without losing what was typed.
 */
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { choose, openTaskForm, submit } from './support/forms.js';
import { AppPage } from './support/pages.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser('Feature: several workers, one task; a lost session', function () {
  this.timeout(180_000);
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startAppServer();
    await server.addUser('aino2', ['case-manager']);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new referral-trial path started over the API; returns its first task (the checklist). */
  async function newChecklistTask(): Promise<{ taskId: string; clientRef: string }> {
    const api = await server.login('aino2');
    const started = await api.call('POST', '/api/process-instances', { body: { processKey: 'referral-trial' } });
    expect(started.status).to.equal(201);
    const tasks = await api.call('GET', `/api/tasks?processInstanceId=${started.body.id}`);
    return { taskId: tasks.body.items[0].id, clientRef: started.body.clientRef };
  }

  it('Scenario: two browsers complete the same task; the loser sees that someone else got there first', async () => {
    const { taskId, clientRef } = await newChecklistTask();
    const first = await AppPage.open(browser, server.url);
    const second = await AppPage.open(browser, server.url);
    for (const [worker, username] of [
      [first, 'case-manager'],
      [second, 'aino2'],
    ] as const) {
      await worker.goto(`/tehtavat/${taskId}`);
      await worker.signIn(username);
      await openTaskForm(worker.page, 'Asiakasvastaavan muistilista');
      await choose(worker.page.getByRole('checkbox', { name: 'Harrastus' }));
      await worker.page.getByText(/Luonnos tallennettu klo/).waitFor();
    }
    // When the first completes
    await submit(first.page);
    await first.page.getByText('Tehtävä on tehty.').waitFor();
    // And the second, a moment later
    second.expectHttpError(`/api/tasks/${taskId}/complete`, 409);
    await submit(second.page);
    // Then the second sees a clear message in a reloaded inbox without the task
    await second.page.getByText('Joku muu ehti tehdä tehtävän ensin. Tehtävälista päivitettiin.').waitFor();
    await second.page.getByLabel('Asiakkaan pseudonyymi').fill(clientRef);
    await second.page.getByText('Valitse reitti').waitFor();
    expect(await second.page.locator('table.task-table', { hasText: 'Asiakasvastaavan muistilista' }).count()).to.equal(0);
    await second.screenshot('task-conflict');
    await first.close();
    await second.close();
  });

  it('Scenario: a task a colleague completed goes away from an open inbox by itself', async () => {
    const { taskId, clientRef } = await newChecklistTask();
    const watcher = await AppPage.open(browser, server.url);
    await watcher.goto('/');
    await watcher.signIn('case-manager');
    await watcher.page.getByLabel('Asiakkaan pseudonyymi').fill(clientRef);
    const row = watcher.page.locator('table.task-table tbody tr', { hasText: 'Asiakasvastaavan muistilista' });
    await row.waitFor();
    // When a colleague completes it over the API
    const colleague = await server.login('aino2');
    expect((await colleague.call('POST', `/api/tasks/${taskId}/complete`, { body: { data: {} } })).status).to.equal(200);
    // Then the row goes away without a reload (the inbox refreshes itself)
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    await watcher.close();
  });

  it('Scenario: the session is lost while typing; the login comes back over the form and nothing typed is lost', async () => {
    const { taskId } = await newChecklistTask();
    const worker = await AppPage.open(browser, server.url);
    const { page } = worker;
    await worker.goto(`/tehtavat/${taskId}`);
    await worker.signIn('case-manager');
    await openTaskForm(page, 'Asiakasvastaavan muistilista');
    await choose(page.getByRole('checkbox', { name: 'Harrastus' }));
    await page.getByText(/Luonnos tallennettu klo/).waitFor();
    // When the session ends (its cookie is gone) and the worker goes on typing
    await worker.context.clearCookies();
    worker.expectHttpError(`/api/tasks/${taskId}/draft`, 401);
    await page.getByLabel('Muu riskitekijä, mikä').fill('Pitkät välimatkat (fiktiivinen)');
    // Then the login shows over the page with a message
    await page.getByText('Istuntosi on päättynyt.', { exact: false }).waitFor();
    await worker.screenshot('session-expired');
    // And after signing in again the input is still there and is saved as a draft
    await worker.signIn('case-manager');
    await page.getByText('Istuntosi on päättynyt.', { exact: false }).waitFor({ state: 'detached' });
    expect(await page.getByLabel('Muu riskitekijä, mikä').inputValue()).to.equal('Pitkät välimatkat (fiktiivinen)');
    expect(await page.getByRole('checkbox', { name: 'Harrastus' }).isChecked()).to.equal(true);
    await page.getByLabel('Muu riskitekijä, mikä').press('End');
    await page.getByLabel('Muu riskitekijä, mikä').pressSequentially('.');
    await page.getByText(/Luonnos tallennettu klo/).waitFor();
    const api = await server.login('case-manager');
    const draft = await api.call('GET', `/api/tasks/${taskId}/draft`);
    expect(draft.body.data.riskOther).to.equal('Pitkät välimatkat (fiktiivinen).');
    await worker.close();
  });
});
