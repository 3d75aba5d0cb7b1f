/** Filling the walk's forms in the browser as a worker would: by the labels on the screen. */
import type { Locator, Page } from 'playwright-core';

/** Ticks a Suomi.fi checkbox or radio as a user does: by clicking its label (the input itself is visually hidden). */
export async function choose(option: Locator): Promise<void> {
  const id = await option.getAttribute('id');
  await option.page().locator(`label[for="${id}"]`).click();
}

/** Waits until the task page shows the form of `taskName`. */
export async function openTaskForm(page: Page, taskName: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: taskName }).waitFor();
}

/** Submits the form ("Tallenna ja merkitse tehdyksi"). */
export async function submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tallenna ja merkitse tehdyksi' }).click();
}

export async function fillChecklist(page: Page): Promise<void> {
  await choose(page.getByRole('checkbox', { name: 'Ikääntyminen (yli 49 v.)' }));
  await choose(page.getByRole('checkbox', { name: 'Vanhentunut osaaminen' }));
  await choose(page.getByRole('checkbox', { name: 'Harrastus' }));
}

export async function fillRouteChoice(page: Page): Promise<void> {
  await choose(page.getByRole('radio', { name: /Terveysreitti/ }));
  await page.getByLabel('Perustelu').fill('Terveydentila selvitettävä ennen tiimiä (fiktiivinen esimerkki).');
}

/** The consent with "other" ticked but not said: the Finnish message must show at the field. */
export async function fillConsentWithError(page: Page): Promise<void> {
  await choose(page.getByRole('radio', { name: 'Kyllä' }));
  await choose(page.getByRole('checkbox', { name: 'Sosiaalihuolto' }));
  await choose(page.getByRole('checkbox', { name: 'Terveydenhuolto – Lääkäri' }));
  await choose(page.getByRole('checkbox', { name: 'Muu taho, mikä' }));
  await page.getByLabel('Suostumuksen päivämäärä').fill('2026-11-23');
  await page.getByLabel('Suostumuksen kirjannut').fill('Aino Asiakasvastaava');
}

export async function fixConsent(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Muu taho, mikä' }).fill('Seurakunnan diakoniatyö');
}

export async function fillBackground(page: Page): Promise<void> {
  await page.getByLabel('Päivämäärä', { exact: true }).fill('2026-11-23');
  await page.getByLabel('Nimi', { exact: true }).fill('Testi Henkilö (fiktiivinen)');
  await page.getByLabel('Henkilötunnus').fill('131052-308T');
  await choose(page.getByRole('radio', { name: /^Alentunut/ }).first());
  await choose(page.getByRole('radio', { name: /^Työllistyminen/ }));
}
