/**
 * Feature: the team's coming meetings and the named responsible person in the app. A case manager
 * opens "Tulevat tiimikokoukset": odd-week Wednesdays 13–15, which are free and which booked (by
 * pseudonym, a link only to a path she takes part in), whether the invitations are confirmed by
 * the deadline a week before, the parties per meeting. Then, as the named responsible person, she
 * hands a path over by choosing the new person with the user picker (display names; the username
 * is stored) and writing a handover note; the next follow-up is the new person's.
 */
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { hourAfter, wednesdayAhead } from '../../processes/support/meetingDate.js';
import { bookAndConfirm } from '../../processes/support/teamSteps.js';
import { validFormData } from '../../processes/support/steps.js';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import { waitFor } from '../../support/engine.js';
import type { TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { openTaskForm, submit } from './support/forms.js';
import { AppPage } from './support/pages.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;
/** Two slots three to seven weeks on: clear of the demo paths' own booking eight days ahead, within the page's eight weeks. */
const booked = wednesdayAhead(22);
const held = wednesdayAhead(1, true, booked);
const dateFi = (d: Date) =>
  new Intl.DateTimeFormat('fi-FI', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(d);

describeBrowser('Feature: coming team meetings and the responsible person in the app', function () {
  this.timeout(180_000);
  let server: TestServer;
  let browser: Browser;
  let cm: AppPage;
  let bookedPath: { id: string; clientRef: string };
  let otherRef: string;
  let handoverTaskId: string;

  before(async () => {
    server = await startAppServer();
    const cmUser = (await server.store.findUserByUsername('case-manager'))!;
    const asCm = { id: cmUser.id, roles: cmUser.roles };
    // Given a case manager who booked a meeting for a client over the API, ticking Kela and social services
    const api = await server.login('case-manager');
    const started = (await api.call('POST', '/api/process-instances', { body: { processKey: 'team-process' } })).body;
    bookedPath = { id: started.id, clientRef: started.clientRef };
    const booking = (await api.call('GET', `/api/tasks?processInstanceId=${started.id}`)).body.items[0];
    const answer = await api.call('POST', `/api/tasks/${booking.id}/complete`, {
      body: { data: { meetingDate: booked.toISOString(), invitedParties: [{ party: 'kela' }, { party: 'social-services' }] } },
    });
    expect(answer.status, JSON.stringify(answer.body)).to.equal(200);
    // And another client's meeting, booked and confirmed by someone else, held and named the case manager responsible
    const other = await server.engine.startInstance({ processKey: 'team-process' });
    otherRef = other.clientRef!;
    await bookAndConfirm(server.engine, other.id, held);
    const later = hourAfter(held);
    await server.engine.fireDueTimers(later);
    const open = async (activityId: string) =>
      (await server.engine.listTasks({ processInstanceId: other.id, state: 'open' })).find((t) => t.activityId === activityId)!;
    const named = { responsiblePerson: { title: 'Asiakasvastaava', name: cmUser.displayName, username: 'case-manager' } };
    await server.engine.completeTask((await open('ttsTeam')).id, {
      data: validFormData('tts-team', named),
      actor: { id: 'team-1', roles: ['team'] },
    });
    for (const step of ['signatures', 'distribution'])
      await server.engine.completeTask((await open(step)).id, { data: validFormData('tts-team', named), actor: asCm });
    await server.engine.fireDueTimers(new Date(held.getTime() + 200 * 864e5));
    await server.engine.completeTask((await open('followUp')).id, {
      data: validFormData('follow-up', { followUpDecision: 'handover' }),
      actor: asCm,
    });
    handoverTaskId = (await open('handover')).id;

    browser = await launchChromium();
    cm = await AppPage.open(browser, server.url);
    await cm.goto('/');
    await cm.signIn('case-manager');
  });
  after(async () => {
    await cm?.close();
    await browser?.close();
    await server?.close();
  });

  it('Scenario: the case manager opens the coming team meetings: free slots, her booking by pseudonym with a link, the deadline and the parties', async () => {
    const { page } = cm;
    await page.getByRole('heading', { name: 'Tehtävät', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tiimikokoukset' }).click();
    await page.getByRole('heading', { name: 'Tulevat tiimikokoukset', level: 1 }).waitFor();
    const rows = page.locator('table.meetings-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).to.be.within(4, 5);
    expect(await page.getByText('Vapaa', { exact: true }).count(), 'free slots').to.be.greaterThan(0);

    const mine = rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${dateFi(booked)} `) }) });
    await mine.getByRole('link', { name: `Avaa asiakkaan ${bookedPath.clientRef} polku` }).waitFor();
    expect(await mine.innerText())
      .to.include('Odottaa vahvistusta')
      .and.include('Kela: ei vahvistanut')
      .and.include('Sosiaalihuolto');
    const deadline = new Date(booked.getTime() - 7 * 864e5);
    expect(await mine.innerText()).to.include(dateFi(deadline));

    const others = rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${dateFi(held)} `) }) });
    expect(await others.innerText())
      .to.include(otherRef)
      .and.include('Vahvistettu');
    await cm.expectAccessible('the coming team meetings');
    await cm.screenshot('team-meetings');

    await page.getByLabel('Näytä').selectOption('4');
    await page.waitForFunction(() => document.querySelectorAll('table.meetings-table tbody tr').length <= 3);
  });

  it('Scenario: as the named responsible person she hands the path over, choosing the new person by name with the user picker', async () => {
    const { page } = cm;
    await cm.goto(`/tehtavat/${handoverTaskId}`);
    await openTaskForm(page, 'Vastuuhenkilön vaihto');
    const picker = page.getByLabel('Käyttäjätunnus Polussa (tehtävät osoitetaan hänelle)');
    await picker.locator('option', { hasText: 'Kalle Kelalainen (demo)' }).waitFor({ state: 'attached' });
    const offered = await picker.locator('option').allInnerTexts();
    expect(offered).to.include('Aino Asiakasvastaava (demo)').and.not.include('Eeva Esihenkilö (demo)');
    await picker.selectOption({ label: 'Kalle Kelalainen (demo)' });
    await page.getByLabel('Tehtävänimike').fill('Ratkaisuasiantuntija');
    await page.getByLabel('Nimi', { exact: true }).fill('Kalle Kelalainen (demo)');
    await page.getByLabel(/Siirtomuistio/).fill('Työkokeilu alkaa joulukuussa; Kelan päätös odottaa (fiktiivinen).');
    await cm.expectAccessible('the handover form with the user picker');
    await cm.screenshot('responsible-handover-picker');
    await submit(page);
    // Then the path's responsible person is the Kela expert, chosen by name and stored by username
    await waitFor('the handover completed', async () => (await server.store.getTask(handoverTaskId))?.state === 'completed');
    const done = await server.store.getTask(handoverTaskId);
    expect(done!.data!.responsiblePerson).to.deep.include({ username: 'kela', title: 'Ratkaisuasiantuntija' });
  });
});
