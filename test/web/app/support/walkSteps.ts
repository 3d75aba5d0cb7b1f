/** Steps of the full referral walk in the browser, by the labels on the screen (clicking and typing only). */
import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import { choose } from './forms.js';

/** The fieldset (group) of a form section or list row, by its legend. */
export function group(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('group', { name, exact: true });
}

/** Finds the client's open task by its name in the inbox (searching by pseudonym) and opens it. */
export async function openFromInbox(page: Page, clientRef: string, taskName: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/') await page.getByRole('navigation').getByRole('link', { name: 'Tehtävät' }).click();
  await page.getByRole('heading', { name: 'Tehtävät', level: 1 }).waitFor();
  await page.getByLabel('Asiakkaan pseudonyymi').fill(clientRef);
  const row = page.locator('table.task-table tbody tr', { hasText: taskName });
  await row.first().waitFor();
  await row.first().getByRole('link', { name: taskName }).click();
  await page.getByRole('heading', { level: 1, name: taskName }).waitFor();
}

/** Types a date the Finnish way into the labelled field. */
export async function typeDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  await field(scope, label).fill(date);
}

/** The field labelled exactly `label`, optional or not ("Nimi" or "Nimi (valinnainen)"). */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\(valinnainen\\))?$`));
}

/** The value of the labelled input once it holds something. */
export async function valueOf(field: Locator): Promise<string> {
  await field.waitFor();
  return field.inputValue();
}

export async function fillConsent(page: Page): Promise<void> {
  await choose(page.getByRole('radio', { name: 'Kyllä' }));
  for (const party of ['Sosiaalihuolto', 'Terveydenhuolto – Lääkäri', 'Kelan edustaja'])
    await choose(page.getByRole('checkbox', { name: party }));
  await typeDate(page, 'Suostumuksen päivämäärä', '23.11.2026');
}

/** Every field of the background form. */
export async function fillWholeBackground(page: Page): Promise<void> {
  await typeDate(page, 'Päivämäärä', '23.11.2026');
  await page.getByLabel('Nimi', { exact: true }).fill('Testi Henkilö (fiktiivinen)');
  await page.getByLabel('Henkilötunnus').fill('131052-308T');
  await page.getByLabel('Puhelin', { exact: true }).first().fill('040 123 4567');
  await page.getByLabel('Osoite').fill('Koskikatu 1, 96100 Rovaniemi');
  await page.getByLabel('Sähköposti', { exact: true }).first().fill('testi.henkilo@example.invalid');
  await page.getByLabel('Työkokemusta yhteensä noin (vuotta)').fill('12');
  await page.getByLabel('Viimeksi työssä vuonna').fill('2021');
  await page.getByLabel('Pääasiassa seuraavilla aloilla').fill('Rakennusala, varastotyö');
  await page.getByLabel('Pitkäaikaissairaudet').fill('Selkävaiva (fiktiivinen)');
  await page.getByLabel('Sairauksien mahdollinen vaikutus arkeen').fill('Pitkä seisominen vaikeaa');
  await choose(page.getByRole('radio', { name: 'Tarvitsen uudelleenkoulutusta uuteen ammattiin' }));
  await choose(page.getByRole('checkbox', { name: 'Vanhentunut koulutus' }));
  await choose(page.getByRole('checkbox', { name: 'Vamman tai sairauden vuoksi alentunut työkyky' }));
  await page.getByLabel('Omat vahvuudet').fill('Täsmällinen, hyvä tiimissä');
  await choose(page.getByRole('radio', { name: 'Koulutus', exact: true }));
  const feedback = group(page, 'Palaute terveystarkastuksesta lähettävälle asiakasvastaavalle');
  expect(await valueOf(feedback.getByLabel('Asiakasvastaavan nimi')), 'prefilled from the account').to.equal('Aino Asiakasvastaava (demo)');
  await feedback.getByLabel('Puhelin').fill('040 765 4321');
  await feedback.getByLabel('Sähköposti').fill('aino.asiakasvastaava@example.invalid');
  await choose(page.getByRole('checkbox', { name: /^Yhteisvastaanotto/ }));
  await page.getByLabel('Tulkin tarve: kieli').fill('ei tarvetta');
  await choose(page.getByRole('checkbox', { name: 'Suostumuslomake Kela Y100' }));
}

/** TTS 1–8: three parties in §1 (added, one moved up, one removed and added again), the client from the background form, the rest typed. */
export async function fillTtsReferrer(page: Page): Promise<void> {
  const add = page.getByRole('button', { name: 'Lisää kutsuttu taho' });
  for (let i = 0; i < 4; i++) await add.click();
  const parties = ['Sosiaalihuolto', 'Kelan edustaja', 'Työllisyyspalvelut', 'Terveydenhuolto – Lääkäri'];
  for (const [i, party] of parties.entries()) await field(group(page, `Kutsuttu taho ${i + 1}`), 'Taho').selectOption({ label: party });
  await group(page, 'Kutsuttu taho 1').getByLabel('Tahoa edustavan henkilön nimi').fill('Sanna Sosiaalityö (fiktiivinen)');
  // The doctor (row 4) is not needed after all; employment services (row 3) go first.
  await page.getByRole('button', { name: 'Poista kutsuttu taho 4' }).click();
  await group(page, 'Kutsuttu taho 4').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Siirrä ylös kutsuttu taho 3' }).click();
  await page.getByRole('button', { name: 'Siirrä ylös kutsuttu taho 2' }).click();
  const client = group(page, '2. Asiakkaan tiedot');
  expect(await valueOf(client.getByLabel('Nimi')), 'name from the background form').to.equal('Testi Henkilö (fiktiivinen)');
  expect(await valueOf(client.getByLabel('Henkilötunnus')), 'henkilötunnus from the background form').to.equal('131052-308T');
  expect(await valueOf(client.getByLabel('Osoite')), 'address from the background form').to.equal('Koskikatu 1, 96100 Rovaniemi');
  await client.getByText('Esitäytetty lomakkeelta Taustatietolomake').first().waitFor();
  await page.getByLabel(/^3\. Asiakkaan tilanne/).fill('Työtön kaksi vuotta, selkävaiva (fiktiivinen).');
  const background = group(page, '4. Taustatiedot koulutus- ja työhistoriasta sekä työ- ja toimintakyvystä');
  await background.getByLabel('Koulutus (uusin ensin)').fill('Rakennusalan perustutkinto');
  await background.getByLabel('Työhistoria (yhteenveto)').fill('Rakennus- ja varastotöitä 12 vuotta');
  const strengths = group(page, '5. Vahvuudet');
  await strengths.getByLabel('Suhteessa työelämätaitoihin').fill('Täsmällinen');
  // At least two strengths: the form offers two rows; a third is added and removed again.
  await strengths.getByRole('button', { name: 'Lisää vahvuus' }).click();
  await strengths.getByRole('button', { name: 'Poista vahvuus 3' }).click();
  await strengths.getByLabel('Vahvuus 3', { exact: true }).waitFor({ state: 'detached' });
  await strengths.getByLabel('Vahvuus 1', { exact: true }).fill('Yhteistyökyky');
  await strengths.getByLabel('Vahvuus 2', { exact: true }).fill('Käytännön taidot');
  await group(page, '6. Voimavarat').getByLabel('Motivaatio ja kiinnostuksen kohteet').fill('Haluaa kouluttautua logistiikkaan');
  await group(page, '7. Huomioitavat haasteet ja yhteenveto').getByLabel('Huomioitavat haasteet', { exact: true }).fill('Selän kuormitus');
  await page.getByLabel('8. Asiakkaan oma tavoite').fill('Logistiikka-alan koulutus ja työ');
}

/** The parties of §1 in their order on the screen. */
export async function partiesShown(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (let i = 1; ; i++) {
    const row = group(page, `Kutsuttu taho ${i}`);
    if (!(await row.count())) return shown;
    const select = field(row, 'Taho');
    shown.push(await select.evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.text ?? ''));
  }
}

/** TTS 8–13 in the meeting: goals, a schedule row, the responsible person chosen by name, both signatures with time. */
export async function fillTtsTeam(page: Page): Promise<void> {
  await page.getByLabel('8. Päätavoite (tiimi asettaa yhdessä)').fill('Logistiikka-alan tutkinto vuoden 2027 aikana');
  await page.getByRole('button', { name: 'Lisää osatavoite' }).click();
  const goal = group(page, 'Osatavoite 1');
  await goal.getByLabel('Osatavoite', { exact: true }).fill('Haku koulutukseen');
  await goal.getByLabel('Miten toteutumista mitataan').fill('Hakemus lähetetty');
  await typeDate(goal, 'Määräaika', '31.1.2027');
  await page.getByLabel(/^9\. Asiakkaan tarvitsemat palvelut/).fill('Kelan ammatillinen kuntoutus');
  await page.getByLabel('10. Etuudet (toimeentulon turvaaminen)').fill('Kuntoutusraha');
  await choose(page.getByRole('checkbox', { name: 'Toimeentulo tarkistettu' }));
  await page.getByRole('button', { name: 'Lisää aikataulun rivi' }).click();
  const row = group(page, 'Aikataulun rivi 1');
  await row.getByLabel('Aikataulu', { exact: true }).fill('Tammikuu 2027');
  await row.getByLabel('Toteutuksen kuvaus').fill('Koulutushaku opinto-ohjaajan kanssa');
  await typeDate(row, 'Seurantapäivä (vastuuhenkilö saa seurantatehtävän tänä päivänä)', '15.2.2027');
  const responsible = group(page, '12. Vastuuhenkilö (asiakasvastaavamallin mukainen)');
  await responsible.getByLabel('Tehtävänimike').fill('Asiakasvastaava');
  await responsible.getByLabel('Nimi', { exact: true }).fill('Aino Asiakasvastaava (demo)');
  const picker = responsible.getByLabel('Käyttäjätunnus Polussa (tehtävät osoitetaan hänelle)');
  await picker.locator('option', { hasText: 'Aino Asiakasvastaava (demo)' }).waitFor({ state: 'attached' });
  await picker.selectOption({ label: 'Aino Asiakasvastaava (demo)' });
  const signatures = group(page, '13. Allekirjoitukset');
  const client = group(signatures, 'Asiakas');
  // The team in the meeting does not read the referral's forms: the client's name is typed.
  await client.getByLabel('Nimi').fill('Testi Henkilö (fiktiivinen)');
  await client.getByRole('textbox', { name: 'Aika Päivämäärä' }).fill('13.1.2027');
  await client.getByRole('textbox', { name: 'Aika Kellonaika' }).fill('14.30');
  await client.getByLabel('Paikka').fill('Rovaniemi');
  const person = group(signatures, 'Vastuuhenkilö');
  await person.getByLabel('Nimi').fill('Aino Asiakasvastaava (demo)');
  await person.getByRole('textbox', { name: 'Aika Päivämäärä' }).fill('13.1.2027');
  await person.getByRole('textbox', { name: 'Aika Kellonaika' }).fill('14.35');
  await person.getByLabel('Paikka').fill('Rovaniemi');
}
