/**
 * The client's strong sign-in: Polku as an OpenID Connect relying party against the real local
 * demo provider (real redirects, real signed ID tokens). Anything wrong in the answer is refused
 * with a clear reason and no session.
 */
import { expect } from 'chai';
import type { CustomFetch } from 'openid-client';
import { serverLogLines } from '../support/harness.js';
import { signInFlow, startClientServer, type ClientServer, type FlowResult } from './support.js';

function expectRefused(result: FlowResult, reason: string): void {
  expect(result.location).to.equal(`/oma/kirjaudu?virhe=${reason}`);
  expect(result.session, 'no session is opened').to.equal(null);
}

describe('client sign-in through OpenID Connect (relying party against the local demo provider)', function () {
  this.timeout(30_000);
  let server: ClientServer;
  before(async () => {
    server = await startClientServer();
  });
  after(() => server?.close());

  it('Given a demo client, when they sign in at the provider, then Polku opens a client session from the verified ID token', async () => {
    const result = await signInFlow(server);
    expect(result.location).to.equal('/oma');
    expect(result.session).to.be.a('string');
    const me = await result.client!.call('GET', '/api/session');
    expect(me.status).to.equal(200);
    expect(me.body.user.roles).to.deep.equal(['client']);
    expect(me.body.user.displayName).to.equal('Aili Asiakas (demo)');
    // The account carries a one-way key, never the henkilötunnus.
    expect(JSON.stringify(me.body)).not.to.contain('010180-9015');
    expect(serverLogLines.join('\n')).not.to.contain('010180-9015');
  });

  it('Given the same client signs in twice, then both sign-ins reach the same account', async () => {
    const a = await signInFlow(server, 'demo-asiakas-2');
    const b = await signInFlow(server, 'demo-asiakas-2');
    const idA = (await a.client!.call('GET', '/api/session')).body.user.id;
    const idB = (await b.client!.call('GET', '/api/session')).body.user.id;
    expect(idA).to.equal(idB);
  });

  it('Given the browser came by another name for the server, when it starts the sign-in, then it is sent to the callback origin first', async () => {
    const other = server.url.replace('127.0.0.1', 'localhost');
    const res = await fetch(`${other}/api/client/sign-in`, { redirect: 'manual' });
    expect(res.status).to.equal(303);
    expect(res.headers.get('location')).to.equal(`${server.url}/api/client/sign-in`);
  });

  it('When the state coming back is not the one sent, then the sign-in is refused (state) with no session', async () => {
    expectRefused(await signInFlow(server, undefined, { callback: (u) => u.searchParams.set('state', 'forged-state') }), 'state');
  });

  it('When the ID token carries another nonce than the one sent, then the sign-in is refused (nonce) with no session', async () => {
    expectRefused(await signInFlow(server, undefined, { authorize: (u) => u.searchParams.set('nonce', 'someone-elses-nonce') }), 'nonce');
  });

  it('When the answer names an unknown issuer, then the sign-in is refused (issuer) with no session', async () => {
    expectRefused(
      await signInFlow(server, undefined, { callback: (u) => u.searchParams.set('iss', 'https://idp.example.invalid') }),
      'issuer',
    );
  });

  it('When the ID token has expired by the time it reaches Polku, then the sign-in is refused (expired) with no session', async () => {
    const result = await signInFlow(server, undefined, { beforeCallback: () => server.advance(2 * 3600_000) });
    server.advance(-2 * 3600_000);
    expectRefused(result, 'expired');
  });

  it('When the same callback is used a second time, then it is refused (the sign-in was used already)', async () => {
    const first = await signInFlow(server, undefined, { callback: (u) => u.searchParams.set('state', 'x') });
    expectRefused(first, 'state');
    const again = await fetch(`${server.url}/api/client/callback?code=abc&state=x`, { redirect: 'manual' });
    expect(again.headers.get('location')).to.equal('/oma/kirjaudu?virhe=transaction');
    expect(again.headers.getSetCookie().join(';')).not.to.contain('polku_session=');
  });
});

describe('client sign-in: an ID token not signed by the provider', function () {
  this.timeout(30_000);
  let server: ClientServer;
  // The provider's real token answer, with the ID token's signature changed on the way (as an attacker in between would).
  const tamper: CustomFetch = async (url, options) => {
    const res = await fetch(url, options as RequestInit);
    if (!url.endsWith('/token') || res.status !== 200) return res;
    const body = (await res.json()) as { id_token: string };
    const [h, p, s] = body.id_token.split('.');
    const flipped = (s![0] === 'A' ? 'B' : 'A') + s!.slice(1);
    return new Response(JSON.stringify({ ...body, id_token: `${h}.${p}.${flipped}` }), { status: 200, headers: res.headers });
  };
  before(async () => {
    server = await startClientServer({ customFetch: tamper });
  });
  after(() => server?.close());

  it('When the ID token signature does not verify with the provider keys, then the sign-in is refused (signature) with no session', async () => {
    expectRefused(await signInFlow(server), 'signature');
  });
});
