/**
 * A LOCAL TEST STAND-IN for the national e-identification (Suomi.fi-tunnistus): an OpenID provider
 * (oidc-provider) on its own port on 127.0.0.1 whose sign-in page lets one pick a fictional demo
 * client. Started by `npm start` and the tests only; never when NODE_ENV=production.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { DEMO_PEOPLE } from './demoPeople.js';

/** The claim carrying the henkilötunnus, as in Suomi.fi e-identification (nationalIdentificationNumber). */
export const HETU_CLAIM = 'urn:oid:1.2.246.21';

export interface DemoProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in page of the stand-in: plain HTML, no script. */
function loginPage(uid: string): string {
  const people = DEMO_PEOPLE.map(
    (p) =>
      `<li><form method="post" action="/interaction/${esc(uid)}/login"><input type="hidden" name="account" value="${esc(p.id)}">` +
      `<button type="submit">${esc(`${p.givenName} ${p.familyName}`)}</button></form></li>`,
  ).join('');
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Testitunnistus (ei oikea tunnistus)</title>
<style>body{font-family:sans-serif;max-width:32rem;margin:1rem auto;padding:0 1rem}.warn{background:#fff3cd;border:2px solid #b35900;padding:.75rem}
ul{list-style:none;padding:0}button{width:100%;padding:.9rem;margin:.3rem 0;font-size:1.05rem;cursor:pointer}</style></head>
<body><h1>Testitunnistus</h1><p class="warn"><strong>Tämä ei ole oikea tunnistus.</strong> Polun paikallinen testipalvelu kansallisen
Suomi.fi-tunnistuksen tilalla. Henkilöt ovat keksittyjä.</p><p>Valitse testihenkilö:</p><ul>${people}</ul></body></html>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 10_000) break;
  }
  return new URLSearchParams(text);
}

/** Starts the stand-in provider on 127.0.0.1 (`port` 0: any free one) for Polku's callback URLs. */
export async function startDemoProvider(options: {
  redirectUris: string[];
  port?: number;
  idTokenTtlSeconds?: number;
}): Promise<DemoProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'polku-demo';
  const clientSecret = randomBytes(24).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['given_name', 'family_name', 'name', HETU_CLAIM] },
    // The ID token carries the profile claims (as the national e-identification's does), so the relying party reads them verified.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: { IdToken: options.idTokenTtlSeconds ?? 3600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, id: string) => {
      const person = DEMO_PEOPLE.find((p) => p.id === id);
      if (!person) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          given_name: person.givenName,
          family_name: person.familyName,
          name: `${person.givenName} ${person.familyName}`,
          [HETU_CLAIM]: person.henkilotunnus,
        }),
      };
    },
    // Polku is the stand-in's only (first-party) client: the grant is given without a consent screen.
    loadExistingGrant: async (ctx: { oidc: { client: { clientId: string }; session: { accountId: string } } }) => {
      const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  handler = (req, res) => {
    const m = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec((req.url ?? '').split('?')[0]!);
    if (!m) return callback(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method === 'POST' && m[2]) {
          const account = (await formBody(req)).get('account') ?? '';
          if (!DEMO_PEOPLE.some((p) => p.id === account)) return void res.writeHead(400).end('unknown demo person');
          await provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(loginPage(details.uid));
      } catch (err) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`sign-in failed: ${(err as Error).message}`);
      }
    })();
  };
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
