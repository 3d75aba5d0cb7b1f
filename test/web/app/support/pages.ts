/**
 * Browser pages for the app tests: every console error and page error is collected and must be
 * none, except HTTP answers a step provokes on purpose (`expectHttpError`); axe-core checks a page;
 * screenshots go to docs/screenshots/.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'chai';
import { PASSWORD } from './appServer.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A page with its console watched. */
export class AppPage {
  readonly errors: string[] = [];
  private readonly allowed: { url: string; status: number }[] = [{ url: '/api/session', status: 401 }];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly base: string,
  ) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const url = message.location().url ?? '';
      const status = Number(/status of (\d{3})/.exec(message.text())?.[1] ?? 0);
      if (this.allowed.some((a) => a.status === status && url.includes(a.url))) return;
      this.errors.push(`${message.text()} ${url}`);
    });
    page.on('pageerror', (error) => this.errors.push(String(error)));
  }

  /** A new context (its own cookies, like another browser) and page; 1280 px wide in Finland unless told otherwise. */
  static async open(browser: Browser, base: string, options: { width?: number; timezoneId?: string } = {}): Promise<AppPage> {
    const width = options.width ?? 1280;
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 844 : 900 },
      locale: 'fi-FI',
      timezoneId: options.timezoneId ?? 'Europe/Helsinki',
      hasTouch: width < 600,
      isMobile: width < 600,
    });
    return new AppPage(context, await context.newPage(), base);
  }

  /** Another tab of the same browser (same cookies). */
  async newTab(): Promise<AppPage> {
    return new AppPage(this.context, await this.context.newPage(), this.base);
  }

  /** An HTTP error answer the next steps cause on purpose (Chromium logs every 4xx as a console error). */
  expectHttpError(url: string, status: number): void {
    this.allowed.push({ url, status });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(this.base + path);
  }

  /** Signs in through the login form (on the page it shows, or over the page after a lost session). */
  async signIn(username: string): Promise<void> {
    const { page } = this;
    await page.getByLabel('Käyttäjätunnus').fill(username);
    await page.getByLabel('Salasana').fill(PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  }

  /** axe-core's serious and critical violations on the page as it is now: none expected. */
  async expectAccessible(what: string): Promise<void> {
    // Evaluated, not added as a script tag: the page's CSP rightly forbids inline scripts.
    await this.page.evaluate(AXE);
    const violations = (await this.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run({ resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    })) as { id: string; impact: string; targets: string[] }[];
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, `axe on ${what}: ${JSON.stringify(serious)}`).to.deep.equal([]);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
  }

  /** No horizontal scroll: the page is no wider than the screen. */
  async expectNoHorizontalScroll(what: string): Promise<void> {
    const { scrollWidth, width } = await this.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
    }));
    expect(scrollWidth, `${what}: page width at a ${width} px screen`).to.be.at.most(width);
  }

  /** No console or page errors so far. */
  expectNoConsoleErrors(): void {
    expect(this.errors, 'console errors').to.deep.equal([]);
  }

  async close(): Promise<void> {
    this.expectNoConsoleErrors();
    await this.context.close();
  }
}
