/** The built app served beside the API: hashed assets cached long, index.html never, deep links, no inline script. */
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { ensureAppBuilt } from './app/support/appServer.js';
import { startTestServer, type TestServer } from './support/harness.js';

describe('web: the app as static files', () => {
  let server: TestServer;

  before(async () => {
    ensureAppBuilt();
    server = await startTestServer();
  });
  after(() => server.close());

  it('Given the built app, When / is asked for, Then index.html comes uncached under the strict CSP, with no inline script', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/text\/html/);
    expect(res.headers.get('cache-control')).to.equal('no-cache');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.not.contain('unsafe-eval');
    const html = await res.text();
    // Every script has a src: nothing inline for the CSP to refuse.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).to.deep.equal([]);
  });

  it('Given a deep link of the app, When it is asked for, Then the app answers it; an unknown API path stays a JSON 404', async () => {
    const deep = await fetch(`${server.url}/polut/some-path-id`);
    expect(deep.status).to.equal(200);
    expect(await deep.text()).to.contain('<div id="root">');
    await server.addUser('nurse', ['nurse']);
    const api = await (await server.login('nurse')).call('GET', '/api/no-such-thing');
    expect(api.status).to.equal(404);
    expect(api.body.error.code).to.equal('not_found');
  });

  it('Given a hashed asset, When it is asked for, Then it is cached for a year as immutable; a missing asset is 404, not the app', async () => {
    const asset = readdirSync('dist/app/assets').find((f) => f.endsWith('.js'))!;
    const res = await fetch(`${server.url}/assets/${asset}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
    const missing = await fetch(`${server.url}/assets/no-such-file-1234.js`);
    expect(missing.status).to.equal(404);
  });
});
