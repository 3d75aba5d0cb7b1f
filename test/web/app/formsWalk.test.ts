/**
 * Feature: every form of a referral to the team, filled in the browser by clicking and typing only,
 * at a desktop (1280 px) and a phone (390 px) width: the checklist, route, consent, the whole
 * background form (nurse and doctor in between), the second consent, TTS 1–8 with three parties in
 * §1, the meeting booked from the team's free slots, the invitations confirmed, and after the
 * meeting TTS 8–13 with both signatures. Each step is screenshotted (docs/screenshots/walk-*),
 * checked by axe-core and, on the phone, for horizontal scroll. The meeting reads 13.00 in a
 * browser in Finland and in one on UTC.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { hourAfter } from '../../processes/support/meetingDate.js';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { choose, fillChecklist, fillRouteChoice, submit } from './support/forms.js';
import { AppPage } from './support/pages.js';
import {
  fillConsent,
  fillTtsReferrer,
  fillTtsTeam,
  fillWholeBackground,
  openFromInbox,
  partiesShown,
  typeDate,
} from './support/walkSteps.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

for (const width of [1280, 390]) {
  describeBrowser(`Feature: a referral to the team with every form filled by clicking and typing, at ${width} px`, function () {
    this.timeout(600_000);
    let server: TestServer;
    let browser: Browser;
    let clientRef = '';
    let referralUrl = '';
    let teamUrl = '';
    let meeting = '';
    let shot = 0;

    before(async () => {
      server = await startAppServer();
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Screenshot, axe and (on the phone) the width of the page as it is now. */
    async function step(app: AppPage, name: string): Promise<void> {
      shot += 1;
      await app.expectAccessible(`${name} at ${width} px`);
      if (width < 600) await app.expectNoHorizontalScroll(`${name} at ${width} px`);
      await app.screenshot(`walk-${width}-${String(shot).padStart(2, '0')}-${name}`);
    }

    async function signedIn(username: string): Promise<AppPage> {
      const app = await AppPage.open(browser, server.url, { width });
      await app.goto('/');
      await app.signIn(username);
      await app.page.getByRole('heading', { name: 'Tehtävät', level: 1 }).waitFor();
      return app;
    }

    /** Submits the form; when it is not accepted, fails naming the messages on the screen. */
    async function done(page: Page): Promise<void> {
      await submit(page);
      const ok = page.getByText('Tehtävä on tehty.');
      const refused = page.getByText('Lomakkeessa on korjattavaa. Katso kenttien viestit.');
      await ok.or(refused).first().waitFor();
      if (await refused.count()) {
        const messages = await page.locator('.sf-status-error, .fi-status-text, [role="alert"]').allInnerTexts();
        await page.screenshot({ path: `/tmp/refused-${width}.png`, fullPage: true });
        throw new Error(`the form was refused: ${messages.filter(Boolean).join(' | ')}`);
      }
    }

    it('Scenario: the case manager starts the referral and fills the checklist, the health route, the consent and the whole background form', async () => {
      const cm = await signedIn('case-manager');
      const { page } = cm;
      await step(cm, 'inbox');
      await page.getByRole('link', { name: 'Aloita polku' }).click();
      await page.getByRole('button', { name: 'Aloita: Ohjaus tiimiin työllisyyden kuntakokeilusta' }).click();
      await page.getByRole('heading', { name: 'Ohjaus tiimiin työllisyyden kuntakokeilusta', level: 1 }).waitFor();
      referralUrl = new URL(page.url()).pathname;
      clientRef = (await page.locator('.facts dd.mono').first().textContent())!.trim();
      // The path says what comes next and who does it
      await page.getByText('Seuraavaksi: Asiakasvastaavan muistilista. Tekijä: Asiakasvastaava.').waitFor();
      await step(cm, 'path-started');

      await openFromInbox(page, clientRef, 'Asiakasvastaavan muistilista');
      await fillChecklist(page);
      await step(cm, 'checklist');
      await done(page);

      await openFromInbox(page, clientRef, 'Valitse reitti');
      await fillRouteChoice(page);
      await step(cm, 'route-choice');
      await done(page);

      await openFromInbox(page, clientRef, 'Suostumus (Kela Y100)');
      await fillConsent(page);
      expect(await page.getByLabel('Suostumuksen kirjannut').inputValue(), 'her own name from her account').to.equal(
        'Aino Asiakasvastaava (demo)',
      );
      await step(cm, 'consent');
      await done(page);

      await openFromInbox(page, clientRef, 'Taustatietolomake');
      await fillWholeBackground(page);
      await step(cm, 'background');
      await done(page);

      // The completed forms on the path show words, not codes
      await cm.goto(referralUrl);
      await page.getByRole('heading', { name: 'Täytetyt lomakkeet' }).waitFor();
      await page.locator('details.earlier-form summary', { hasText: 'Taustatietolomake' }).click();
      await page.locator('details.earlier-form[open]').getByText('Tarvitsen uudelleenkoulutusta uuteen ammattiin').waitFor();
      await page.locator('details.earlier-form summary', { hasText: 'Valitse reitti' }).click();
      await page
        .locator('details.earlier-form[open]')
        .getByText(/^a\. Terveysreitti/)
        .waitFor();
      const text = await page.locator('main').innerText();
      expect(text).to.not.match(/needs-retraining|outdated-education|\bhealth-doctor\b|: health\b/);
      await step(cm, 'path-forms-in-words');
      await cm.close();
    });

    it('Scenario: the nurse takes the health check, sees the background form beside it at once, and refers to the doctor; the doctor refers to the team', async () => {
      const nurse = await signedIn('nurse');
      await openFromInbox(nurse.page, clientRef, 'Terveystarkastus ja palaute');
      // When she takes the task, Then the background form shows beside it without a reload
      await nurse.page.getByRole('button', { name: 'Ota itselleni' }).click();
      const side = nurse.page.locator('aside.task-side');
      await side.locator('summary', { hasText: 'Taustatietolomake' }).waitFor();
      expect(await nurse.page.getByLabel('Terveydenhoitajan nimi').inputValue()).to.equal('Helmi Hoitaja (demo)');
      await typeDate(nurse.page, 'Terveystarkastuksen päivämäärä', '24.11.2026');
      await nurse.page
        .getByLabel('Havainnot terveydentilasta ja työ- ja toimintakyvystä')
        .fill('Selkävaiva, työkyky osin alentunut (fiktiivinen).');
      await choose(nurse.page.getByRole('radio', { name: 'Ohjaus lääkärille' }));
      await step(nurse, 'health-check');
      await done(nurse.page);
      await nurse.close();

      const doctor = await signedIn('doctor');
      await openFromInbox(doctor.page, clientRef, 'Lääkärin arvio');
      await typeDate(doctor.page, 'Arvion päivämäärä', '25.11.2026');
      await doctor.page.getByLabel('Arvio työ- ja toimintakyvystä').fill('Kevyeen työhön kykenevä (fiktiivinen).');
      await choose(doctor.page.getByRole('radio', { name: 'Ohjaus työkyvyn tuen tiimiin' }));
      await step(doctor, 'doctor-assessment');
      await done(doctor.page);
      await doctor.close();
    });

    it('Scenario: the case manager fills TTS 1–8 with three parties, the client prefilled from the background form, and books a free slot', async () => {
      const cm = await signedIn('case-manager');
      const { page } = cm;
      await openFromInbox(page, clientRef, 'Suostumus (Kela Y100)');
      await step(cm, 'consent-again');
      await done(page);

      await openFromInbox(page, clientRef, 'TTS kohdat 1–8');
      await fillTtsReferrer(page);
      expect(await partiesShown(page)).to.deep.equal(['Työllisyyspalvelut', 'Sosiaalihuolto', 'Kelan edustaja']);
      // The add and remove buttons are real touch targets
      const box = await page.getByRole('button', { name: 'Lisää kutsuttu taho' }).boundingBox();
      expect(box!.height, 'add button height').to.be.at.least(44);
      expect(box!.width, 'add button width').to.be.at.least(44);
      const remove = await page.getByRole('button', { name: 'Poista kutsuttu taho 1' }).boundingBox();
      expect(remove!.height, 'remove button height').to.be.at.least(44);
      await step(cm, 'tts-1-8');
      await done(page);

      // The referral now waits for the team path: the path page links to it
      await cm.goto(referralUrl);
      await page.getByRole('link', { name: 'Avaa käynnissä oleva alipolku: Työkyvyn tuen tiimi' }).click();
      await page.getByRole('heading', { name: 'Työkyvyn tuen tiimi', level: 1 }).waitFor();
      teamUrl = new URL(page.url()).pathname;
      expect(await page.evaluate(() => document.activeElement?.tagName), 'focus on the heading after navigation').to.equal('H1');
      await page.getByRole('link', { name: 'Takaisin kutsuvalle polulle: Ohjaus tiimiin työllisyyden kuntakokeilusta' }).waitFor();
      await step(cm, 'team-path');

      await openFromInbox(page, clientRef, 'Tiimiajan varaus');
      // The referral's forms (the calling path) are beside the booking
      await page
        .locator('aside.task-side')
        .getByText(/Kutsuvan polun lomakkeet/)
        .waitFor();
      await page.locator('aside.task-side summary', { hasText: 'TTS kohdat 1–8' }).waitFor();
      // The parties of TTS §1 are ticked already
      expect(await partiesShown(page)).to.deep.equal(['Työllisyyspalvelut', 'Sosiaalihuolto', 'Kelan edustaja']);
      const first = page.getByRole('radio', { name: /^ke .* klo 13\.00$/ }).first();
      await first.waitFor();
      meeting = (await page.locator(`label[for="${await first.getAttribute('id')}"]`).innerText()).trim();
      expect(meeting).to.match(/^ke \d{1,2}\.\d{1,2}\.\d{4} klo 13\.00$/);
      await choose(first);
      await page.getByLabel('Paikka').fill('Rovaniemen työkykytalo');
      await step(cm, 'team-booking');
      await done(page);

      await openFromInbox(page, clientRef, 'Kutsujen vahvistus');
      expect(
        await page.getByRole('textbox', { name: 'Tiimin kokousaika Kellonaika' }).inputValue(),
        'the meeting in Finnish time',
      ).to.equal('13.00');
      await choose(page.getByRole('radio', { name: 'Kyllä' }));
      await step(cm, 'team-invitation');
      await done(page);
      await cm.close();
    });

    it('Scenario: the meeting reads 13.00 in a browser in Finland and in one on UTC', async () => {
      for (const timezoneId of ['Europe/Helsinki', 'UTC']) {
        const app = await AppPage.open(browser, server.url, { width, timezoneId });
        await app.goto(teamUrl);
        await app.signIn('case-manager');
        const next = app.page.getByText(/^Seuraavaksi tiimi kokoontuu/);
        await next.waitFor();
        expect(await next.innerText(), timezoneId).to.equal(`Seuraavaksi tiimi kokoontuu ${meeting} (Suomen aikaa).`);
        expect(await app.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).to.equal(timezoneId);
        if (timezoneId === 'UTC') await step(app, 'meeting-on-utc');
        await app.close();
      }
    });

    it('Scenario: after the meeting the team fills TTS 8–13 and the case manager signs and sends the plan; the PDF names the parties in words', async () => {
      // Time passes to an hour after the client's meeting: the meeting timer fires
      const bookings = await server.store.listMeetingBookings('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
      const booked = bookings.find((b) => b.path?.clientRef === clientRef)!;
      await server.engine.fireDueTimers(hourAfter(new Date(booked.slot)));
      const team = await signedIn('team');
      await openFromInbox(team.page, clientRef, 'TTS kohdat 8–13 kokouksessa');
      await fillTtsTeam(team.page);
      await step(team, 'tts-8-13');
      await done(team.page);
      await team.close();

      const cm = await signedIn('case-manager');
      for (const name of ['Allekirjoitukset', 'Suunnitelman jakelu']) {
        await openFromInbox(cm.page, clientRef, name);
        await cm.page.getByLabel('8. Päätavoite (tiimi asettaa yhdessä)').waitFor();
        if (name === 'Allekirjoitukset') await step(cm, 'signatures');
        await done(cm.page);
      }
      await cm.goto(teamUrl);
      const pdfLink = cm.page.getByRole('link', { name: 'Avaa TTS (PDF)' });
      await pdfLink.waitFor();
      await step(cm, 'team-path-done');
      const pdf = await cm.page.request.get(new URL((await pdfLink.getAttribute('href'))!, server.url).href);
      expect(pdf.status()).to.equal(200);
      const file = join(mkdtempSync(join(tmpdir(), 'tts-')), 'tts.pdf');
      writeFileSync(file, await pdf.body());
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).to.include('Työllisyyspalvelut').and.include('Sosiaalihuolto').and.include('Kelan edustaja').and.include('13.1.2027');
      expect(text).to.not.match(/employment-services|social-services/);
      await cm.close();
    });
  });
}
