/**
 * Feature (issue 19, item 10): a step that a timer interrupted shows as cancelled on the client's
 * path, not as done. A case manager books a team meeting; the invitations are not confirmed a
 * week before it, so the deadline timer interrupts the confirmation task and the path goes back
 * to booking. On the path page the confirmation step reads "Peruttu: Viikkoa ennen kokousta" in
 * the steps table and is marked cancelled in the diagram.
 */
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { wednesdayAhead } from '../../processes/support/meetingDate.js';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { AppPage } from './support/pages.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;
const meeting = wednesdayAhead(29);

describeBrowser('Feature: a step a timer interrupted shows as cancelled on the path (issue 19, item 10)', function () {
  this.timeout(180_000);
  let server: TestServer;
  let browser: Browser;
  let cm: AppPage;
  let pathId: string;

  before(async () => {
    server = await startAppServer();
    // Given a case manager who booked a team meeting and never confirmed the invitations
    const api = await server.login('case-manager');
    const started = (await api.call('POST', '/api/process-instances', { body: { processKey: 'team-process' } })).body;
    pathId = started.id;
    const booking = (await api.call('GET', `/api/tasks?processInstanceId=${pathId}`)).body.items[0];
    const booked = await api.call('POST', `/api/tasks/${booking.id}/complete`, { body: { data: { meetingDate: meeting.toISOString() } } });
    expect(booked.status, JSON.stringify(booked.body)).to.equal(200);
    // When the week-before deadline passes: its timer interrupts the confirmation task
    await server.engine.fireDueTimers(new Date(meeting.getTime() - 7 * 864e5 + 3600e3));
    const path = await server.engine.getInstance(pathId);
    expect(path.history.find((h) => h.activityId === 'teamInvitation')).to.include({ cancelledBy: 'confirmDeadline', by: null });

    browser = await launchChromium();
    cm = await AppPage.open(browser, server.url);
    await cm.goto(`/polut/${pathId}`);
    await cm.signIn('case-manager');
    await cm.page.getByRole('table', { name: 'Vaiheet' }).waitFor();
  });
  after(async () => {
    await cm?.close();
    await browser?.close();
    await server?.close();
  });

  for (const width of [1280, 390]) {
    it(`Then at ${width} px the steps table says the confirmation was cancelled by the deadline and the diagram marks it cancelled, not done`, async () => {
      const { page } = cm;
      await page.setViewportSize({ width, height: 900 });
      await cm.goto(`/polut/${pathId}`);
      const table = page.getByRole('table', { name: 'Vaiheet' });
      const row = table.getByRole('row').filter({ hasText: 'Kutsujen vahvistus' });
      await row.getByText(/^Peruttu: Viikkoa ennen kokousta/).waitFor();
      expect(await row.textContent()).not.to.include('confirmDeadline');
      await page.locator('.djs-element.cancelled[data-element-id="teamInvitation"]').waitFor();
      expect(await page.locator('.djs-element.done[data-element-id="teamInvitation"]').count()).to.equal(0);
      await page.getByText('Peruttu', { exact: true }).first().waitFor(); // the legend
      await cm.expectAccessible(`the path page at ${width} px`);
      await cm.screenshot(`path-cancelled-step-${width}`);
    });
  }
});
