/**
 * Debian's Chromium driven by playwright-core, for tests and screenshots. Playwright's own browser
 * download does not work on our machines; `npm test` says what to install when Chromium is missing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.POLKU_CHROMIUM ?? '/usr/bin/chromium';

/** True when browser tests can run here (test/run.mjs sets POLKU_NO_BROWSER when they cannot). */
export function browserAvailable(): boolean {
  return !process.env.POLKU_NO_BROWSER && existsSync(CHROMIUM);
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
