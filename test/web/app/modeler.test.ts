/**
 * Feature: process owners change the paths. The modeler (properties panel, lint, token simulation,
 * deploy), the versions with their diff, moving a running path to the new version, and the
 * operations view of incidents with retry and cancel.
 */
import { expect } from 'chai';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from '../../support/browser.js';
import { fixture } from '../../support/engine.js';
import type { Client, TestServer } from '../support/harness.js';
import { startAppServer } from './support/appServer.js';
import { AppPage } from './support/pages.js';

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser('Feature: the process owner models, versions, migrates and operates', function () {
  this.timeout(240_000);
  let server: TestServer;
  let browser: Browser;
  let caseManager: Client;

  before(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    caseManager = await server.login('case-manager');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The owner signed in, landing on the modeler (their home page). */
  async function ownerOnModeler(): Promise<AppPage> {
    const owner = await AppPage.open(browser, server.url);
    await owner.goto('/');
    await owner.signIn('process-owner');
    await owner.page.getByRole('heading', { name: 'Prosessien mallintaja' }).waitFor();
    return owner;
  }

  /** Screenshots the page at 1280 px and at 390 px (`<name>-390.png`), back at 1280 px afterwards. */
  async function screenshotBoth(owner: AppPage, name: string): Promise<void> {
    await owner.screenshot(name);
    await owner.page.setViewportSize({ width: 390, height: 844 });
    await owner.screenshot(`${name}-390`);
    await owner.page.setViewportSize({ width: 1280, height: 900 });
  }

  /** Presses deploy, reads the lint result in the dialog, writes the change note and confirms. */
  async function deployWithNote(page: Page, note: string, lint: RegExp, shoot?: AppPage): Promise<void> {
    await page.getByRole('button', { name: 'Ota käyttöön uutena versiona' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(lint).waitFor();
    await dialog.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();
    // An empty note is refused in the dialog, before anything is sent.
    await dialog.getByText('Kirjoita muutoksen kuvaus.').waitFor();
    await dialog.getByLabel(/Muutoksen kuvaus/).fill(note);
    if (shoot) {
      await shoot.expectAccessible('the deploy dialog');
      await screenshotBoth(shoot, 'modeler-deploy-dialog');
    }
    await dialog.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens the latest referral-trial in the modeler and selects its checklist task. */
  async function openChecklist(page: Page): Promise<void> {
    await page.getByRole('combobox', { name: /^Prosessi/ }).selectOption('referral-trial');
    await page.getByRole('button', { name: 'Avaa' }).click();
    await page.locator('.djs-element[data-element-id="checklist"]').click();
    const group = page.locator('[data-group-id="group-polku"] .bio-properties-panel-group-header');
    await group.waitFor();
    if (!(await group.getAttribute('class'))?.includes('open')) await group.click();
  }

  it('Scenario: the owner changes an expected duration, deploys version 2, and moves a running path onto it', async () => {
    // Given a path started on version 1, waiting at the checklist
    const started = await caseManager.call('POST', '/api/process-instances', { body: { processKey: 'referral-trial' } });
    expect(started.status).to.equal(201);
    const pathId = started.body.id as string;
    expect(started.body.version).to.equal(1);

    // When the owner changes the checklist's expected duration in the Polku group
    const owner = await ownerOnModeler();
    const { page } = owner;
    await openChecklist(page);
    const duration = page.locator('#bio-properties-panel-polku-expected-duration');
    await duration.fill('P10D');
    await page.getByText('10 päivää').waitFor();
    // Then lint passes
    await page.getByText('Tarkistus: ei virheitä').waitFor();
    await page.getByText('Tallentamattomia muutoksia').waitFor();
    await owner.screenshot('modeler');
    await owner.expectAccessible('the modeler');

    // When deployed with a change note after the dialog shows the clean lint result, version 2 exists
    await deployWithNote(page, 'Muistilistan odotettu kesto 10 päivää', /Tarkistus ei löytänyt virheitä/, owner);
    await page.getByText('Otettu käyttöön: Ohjaus tiimiin työllisyyden kuntakokeilusta, versio 2').waitFor();
    // And the header names the new version
    await page.locator('.modeler-opened', { hasText: 'Ohjaus tiimiin työllisyyden kuntakokeilusta, versio 2' }).waitFor();

    // Then the versions page lists version 2 while the path stays on version 1
    await owner.goto('/versiot');
    await page.getByRole('combobox', { name: /^Prosessi/ }).selectOption('referral-trial');
    const rows = page.locator('table.data-table tbody tr');
    const v2 = rows.filter({ has: page.locator('td:first-child', { hasText: /^2$/ }) });
    await v2.waitFor();
    // with its change note and who deployed it
    await v2.getByText('Muistilistan odotettu kesto 10 päivää').waitFor();
    const listed = (await (await server.login('process-owner')).call('GET', '/api/process-definitions/referral-trial/versions')).body;
    const deployed = listed.items.find((v: { version: number }) => v.version === 2);
    expect(deployed.note).to.equal('Muistilistan odotettu kesto 10 päivää');
    expect(deployed.deployedBy).to.be.a('string');
    await v2.getByText(deployed.deployedBy).waitFor();
    expect((await caseManager.call('GET', `/api/process-instances/${pathId}`)).body.version).to.equal(1);
    await page.locator('.diff-summary').waitFor();
    await page.locator('.djs-element.diff-changed').first().waitFor();
    expect(await page.locator('.diff-summary').textContent()).to.contain('checklist');
    await owner.screenshot('versions-diff');
    await owner.expectAccessible('the versions page');

    // When the owner dry-runs and runs the move from version 1 to 2
    await owner.goto('/siirto');
    await page.getByRole('combobox', { name: /^Prosessi/ }).selectOption('referral-trial');
    await page.getByText(/vaihetta löytyy uudesta versiosta samalla tunnuksella/).waitFor();
    await page.getByRole('button', { name: 'Kokeile siirtoa' }).click();
    const tried = (await page.getByText(/Kokeilu: \d+ voidaan siirtää, \d+ ei voida/).textContent()) ?? '';
    const [movable, stuck] = /(\d+) voidaan siirtää, (\d+) ei voida/.exec(tried)!.slice(1).map(Number);
    // Then the move button counts only the paths that can move, and those that cannot are counted by their reason in words
    await page.getByRole('button', { name: new RegExp(`^Siirrä ${movable} polku`) }).waitFor();
    if (stuck) {
      const reasons = page.getByRole('table', { name: 'Polut, joita ei voi siirtää, ja miksi' });
      const counted = (await reasons.locator('tbody tr td:last-child').allTextContents()).map(Number);
      expect(counted.reduce((a, b) => a + b, 0)).to.equal(stuck);
    }
    expect(await page.locator('main').innerText()).not.to.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    await owner.screenshot('migration');
    expect((await caseManager.call('GET', `/api/process-instances/${pathId}`)).body.version).to.equal(1);
    await page.getByRole('button', { name: /^Siirrä \d+ polku/ }).click();
    await page.getByText(/Siirretty \d+/).waitFor();
    await owner.expectAccessible('the migration page');

    // Then the path is on version 2 and its checklist task is still open
    const moved = await caseManager.call('GET', `/api/process-instances/${pathId}`);
    expect(moved.body.version).to.equal(2);
    expect(
      moved.body.history.some((h: { type: string; name: string }) => h.type === 'migration' && h.name === 'migrated from version 1'),
    ).to.equal(true);
    const tasks = await caseManager.call('GET', `/api/tasks?processInstanceId=${pathId}`);
    expect(tasks.body.items.map((t: { activityId: string }) => t.activityId)).to.deep.equal(['checklist']);
    await owner.close();
  });

  it('Scenario: a lint error placed on purpose is shown on its element, and deploying is refused', async () => {
    const api = await server.login('process-owner');
    const before = (await api.call('GET', '/api/process-definitions/referral-trial/versions')).body.items.length;
    const owner = await ownerOnModeler();
    const { page } = owner;
    await openChecklist(page);
    // The palette's tooltips and the properties panel speak Finnish (bpmn-js's translate service)
    const createTask = page.locator('.djs-palette .entry[aria-label="Luo tehtävä"]');
    await createTask.hover();
    expect(await createTask.evaluate((e) => getComputedStyle(e, '::after').content)).to.equal('"Luo tehtävä"');
    await page.locator('.djs-palette .entry[aria-label="Siirrä näkymää (käsi)"]').waitFor();
    await page.locator('.bio-properties-panel-group-header-title', { hasText: /^Yleiset$/ }).waitFor();
    await page.locator('.bio-properties-panel-header-type', { hasText: /Käyttäjätehtävä/i }).waitFor();
    // When the checklist loses its form
    await page.getByLabel('Lomake').selectOption('');
    // Then lint marks the element and counts the error
    await page.getByText(/Tarkistus: [1-9]\d* virhe/).waitFor();
    await page.locator('.djs-overlays[data-container-id="checklist"] .bjsl-overlay').waitFor();
    // And the server refuses the deployment, naming the element on the diagram
    // And the dialog shows the error before anything is sent; deploying anyway is refused by the server, naming the element
    owner.expectHttpError('/api/deployments', 400);
    await deployWithNote(page, 'Kokeilu ilman lomaketta', /Tarkistus löysi \d+ virhe/);
    await page.getByText('Käyttöönotto estettiin. Korjaa merkityt kohdat:').waitFor();
    await page
      .locator('.djs-overlays[data-container-id="checklist"] .deploy-error-note', { hasText: 'Käyttäjätehtävällä ei ole lomaketta' })
      .waitFor();
    expect((await api.call('GET', '/api/process-definitions/referral-trial/versions')).body.items).to.have.length(before);
    await owner.screenshot('modeler-refused');
    await owner.close();
  });

  it('Scenario: a .bpmn file from another tool (ISO-8859-1, two diagrams, no executable process) opens with every warning, every diagram, and a lint naming what the server would refuse', async () => {
    // Given a file written by another tool: semantic: prefix, ISO-8859-1 bytes, two diagrams, nothing executable
    const file = readFileSync(new URL('./fixtures/foreign-several-diagrams.bpmn', import.meta.url));
    const owner = await ownerOnModeler();
    const { page } = owner;
    const deployments = async () => (await caseManager.call('GET', '/api/process-definitions?all=true')).body.items.length;
    const before = await deployments();

    // When the owner opens it with the button
    await page.getByText(/tuo .bpmn-tiedosto koneelta/).waitFor();
    await page.getByRole('button', { name: 'Tuo tiedosto koneelta' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'ulkoinen.bpmn', mimeType: 'application/xml', buffer: file });

    // Then every import warning bpmn-js reported is shown, in Finnish, with the names it concerns
    await page.getByText(/Tiedostoa avattaessa tuli \d+ varoitus/).waitFor();
    const texts = await page.locator('.import-warnings li').allTextContents();
    expect(texts.length).to.be.at.least(3);
    expect(texts.join('\n')).to.contain('ISO-8859-1').and.to.contain('poistettu_tehtava').and.to.contain('kadonnut_vuo');
    // And the names with ä and ö arrive intact
    await page.locator('.djs-element[data-element-id="hakemuksen_taytto"]', { hasText: 'Hakemuksen täyttö' }).waitFor();

    // And the lint names every reason the server would refuse, before any deploy
    const lint = page.locator('.lint-list');
    await lint.getByText(/Tiedostossa ei ole suoritettavaa prosessia/).waitFor();
    await lint
      .getByText(/Skriptitehtäviä ei sallita/)
      .first()
      .waitFor();
    await lint.getByText(/Ehdon on oltava FEEL-lauseke/).waitFor();
    await lint.getByText(/Käyttäjätehtävällä ei ole roolia/).waitFor();
    await lint.getByText(/Käyttäjätehtävällä ei ole lomaketta/).waitFor();
    await lint.getByRole('button', { name: 'Laske pisteet' }).first().waitFor();
    await page.locator('.modeler-status .badge-late', { hasText: /Tarkistus: [1-9]\d* virhe/ }).waitFor();
    expect(await deployments()).to.equal(before);
    await screenshotBoth(owner, 'modeler-foreign-file');
    await owner.expectAccessible('the modeler with a foreign file');

    // When the owner switches to the file's other diagram
    const tabs = page.getByRole('navigation', { name: 'Tiedoston 2 kaaviota' });
    await tabs.getByRole('button', { name: 'Hakemus ja käsittely' }).waitFor();
    await tabs.getByRole('button', { name: 'Arkistointi' }).click();
    // Then its process is drawn
    await page.locator('.djs-element[data-element-id="arkistoi"]', { hasText: 'Arkistoi asiakirjat' }).waitFor();
    expect(await tabs.getByRole('button', { name: 'Arkistointi' }).getAttribute('aria-pressed')).to.equal('true');

    // And dropping the file on the canvas opens it too (drag-and-drop)
    await page.evaluate(
      (bytes) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'pudotettu.bpmn', { type: 'application/xml' }));
        const target = document.querySelector('.modeler-layout')!;
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      [...file],
    );
    await page.locator('.modeler-opened', { hasText: 'pudotettu.bpmn' }).waitFor();
    await page.locator('.djs-element[data-element-id="kasittely"]').waitFor();
    await owner.close();
  });

  it('Scenario: an executable process from another tool with the semantic: prefix deploys under its own process id', async () => {
    const file = readFileSync(new URL('./fixtures/semantic-prefix-executable.bpmn', import.meta.url));
    const owner = await ownerOnModeler();
    const { page } = owner;
    await page.getByText(/tuo .bpmn-tiedosto koneelta/).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'vienti.bpmn', mimeType: 'application/xml', buffer: file });
    await page.locator('.djs-element[data-element-id="ilmoitus_saapui"]').waitFor();
    await deployWithNote(page, 'Tuotu toisesta työkalusta', /Tarkistus ei löytänyt virheitä/);
    await page.locator('.modeler-opened', { hasText: 'versio 1' }).waitFor();
    const api = await server.login('process-owner');
    const versions = await api.call('GET', '/api/process-definitions/ilmoitus_vastaanotettu/versions');
    expect(versions.status, JSON.stringify(versions.body)).to.equal(200);
    expect(versions.body.items.map((v: { name: string; note: string }) => [v.name, v.note])).to.deep.equal([
      ['ilmoitus_vastaanotettu.bpmn', 'Tuotu toisesta työkalusta'],
    ]);
    await owner.close();
  });

  it('Scenario: token simulation runs from the start event', async () => {
    const owner = await ownerOnModeler();
    const { page } = owner;
    await page.getByRole('combobox', { name: /^Prosessi/ }).selectOption('referral-trial');
    await page.getByRole('button', { name: 'Avaa' }).click();
    await page.locator('.djs-element[data-element-id="start"]').waitFor();
    await page.getByRole('button', { name: 'Tokensimulointi päälle' }).click();
    await page.getByRole('button', { name: 'Tokensimulointi pois' }).waitFor();
    await page.locator('.djs-overlays[data-container-id="start"] .bts-context-pad').click();
    // The simulation log records the start event and then the checklist, the first user task, reached by a token.
    const log = page.locator('.bts-log .bts-entry .bts-text');
    await log.filter({ hasText: 'Asiakasvastaavan muistilista' }).first().waitFor({ state: 'attached', timeout: 20_000 });
    expect(await log.first().getAttribute('title')).to.match(/Työkyvyn tuen tarve havaittu|Prosessi alkoi/i);
    await owner.screenshot('modeler-simulation');
    await owner.close();
  });

  it('Scenario: operations shows an incident on its element; the owner retries one path with corrected variables and cancels another with a reason', async () => {
    // Given a process whose gateway has no way for the chosen route, and two paths stuck there
    const xml = fixture('dead-end-diagram');
    const xmlHash = createHash('sha256').update(xml).digest('hex');
    await server.store.insertDeployment({
      id: randomUUID(),
      processKey: 'deadEndShown',
      version: 1,
      name: 'dead-end-diagram.bpmn',
      xmlHash,
      xml,
      deployedAt: new Date().toISOString(),
      deployedBy: null,
    });
    const stuck: string[] = [];
    for (let n = 0; n < 2; n++) {
      const path = await caseManager.call('POST', '/api/process-instances', { body: { processKey: 'deadEndShown' } });
      const tasks = await caseManager.call('GET', `/api/tasks?processInstanceId=${path.body.id}`);
      await caseManager.call('POST', `/api/tasks/${tasks.body.items[0].id}/complete`, { body: { data: { route: 'nowhere' } } });
      stuck.push(path.body.id);
    }
    const owner = await ownerOnModeler();
    const { page } = owner;
    await owner.goto('/toiminta');
    await page.getByRole('heading', { name: 'Häiriöt', exact: true }).waitFor();
    const row = (id: string) => page.locator('table.data-table tbody tr', { hasText: id });
    await row(stuck[0]).getByRole('button', { name: 'Näytä kaaviossa' }).click();
    await page.locator('.djs-overlays[data-container-id="decide"] .incident-note').waitFor();
    await owner.screenshot('operations');
    await owner.expectAccessible('the operations page');

    // When retried with the route corrected
    await page.getByLabel(/Korjatut muuttujat/).fill('{"route": "team"}');
    await page.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await page.getByText('Vaihe ajettiin uudelleen.').waitFor();
    const retried = await caseManager.call('GET', `/api/process-instances/${stuck[0]}`);
    expect(retried.body.state).to.equal('running');
    expect(retried.body.history.some((h: { type: string }) => h.type === 'retry')).to.equal(true);

    // When the other is cancelled with a reason
    await row(stuck[1]).getByRole('button', { name: 'Näytä kaaviossa' }).click();
    await page.getByLabel('Perumisen syy').fill('Asiakas siirtyi toiseen palveluun');
    await page.getByRole('button', { name: 'Peru polku' }).click();
    await page.getByText('Polku peruttiin; syy on polun historiassa.').waitFor();
    const cancelled = await (await server.login('process-owner')).call('GET', `/api/process-instances/${stuck[1]}`);
    expect(cancelled.body.state).to.equal('cancelled');
    expect(cancelled.body.history.find((h: { type: string }) => h.type === 'cancel')?.name).to.equal('Asiakas siirtyi toiseen palveluun');
    await owner.close();
  });
});
