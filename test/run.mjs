#!/usr/bin/env node
// `npm test`: runs every mocha test; says what to install when the browser tests cannot run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.POLKU_CHROMIUM ?? '/usr/bin/chromium';
const env = { ...process.env };
if (!existsSync(chromium)) {
  const say = `Browser tests need Debian's Chromium at ${chromium}. Install it with:\n  apt-get update && apt-get install -y chromium poppler-utils\n`;
  if (process.env.CI) {
    process.stderr.write(say + 'CI must run the browser tests: failing.\n');
    process.exit(1);
  }
  process.stderr.write(say + 'Browser tests are skipped in this run.\n');
  env.POLKU_NO_BROWSER = '1';
}
if (!existsSync('/usr/bin/pdftotext')) {
  process.stderr.write('PDF tests need pdftotext: apt-get update && apt-get install -y poppler-utils\n');
  if (process.env.CI) process.exit(1);
}
// The browser tests drive the built app: build it fresh (Vite, about 10 s).
const build = spawnSync('npm', ['run', '--silent', 'build:app'], { stdio: 'inherit' });
if (build.status !== 0) {
  process.stderr.write('npm run build:app failed\n');
  process.exit(1);
}
const given = process.argv.slice(2);
const files = given.some((a) => !a.startsWith('-')) ? [] : ['test/**/*.test.ts'];
const args = ['--reporter', './test/reporter.cjs', ...files, ...given];
const result = spawnSync(process.execPath, ['node_modules/mocha/bin/mocha.js', ...args], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
