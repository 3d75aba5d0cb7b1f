/**
 * A real Polku server with the client's part, and the local demo OpenID provider on its own
 * 127.0.0.1 port; `signInFlow` walks the real redirects (Polku → provider's sign-in page → Polku's
 * callback) with real cookies and tokens, and lets a test change one thing on the way.
 */
import type { CustomFetch } from 'openid-client';
import { createEngine } from '../../../engine/index.js';
import { openClientPartStore } from '../../../engine/clientPart/index.js';
import * as forms from '../../../forms/index.js';
import { seedDemoClients } from '../../../web/demo/seedClients.js';
import { seedDemoPaths } from '../../../web/demo/seedPaths.js';
import { seedDemoUsers } from '../../../web/demo/seedUsers.js';
import { createLogger } from '../../../web/log.js';
import { configureClientSignIn } from '../../../web/oidc/configure.js';
import type { DemoProvider } from '../../../web/oidc/demoProvider.js';
import { ClientSignIn } from '../../../web/oidc/relyingParty.js';
import { deployProcessFiles } from '../../../web/processFiles.js';
import { Client, PASSWORD, startTestServer, type TestServer } from '../support/harness.js';

export interface ClientServer extends TestServer {
  provider: DemoProvider;
}

/** Starts the server and the demo provider; `demo` also deploys the processes and seeds demo users, paths and clients as `npm start` does. */
export async function startClientServer(
  options: { demo?: boolean; customFetch?: CustomFetch; logLines?: string[] } = {},
): Promise<ClientServer> {
  let signIn: ClientSignIn | null = null;
  const server = await startTestServer({
    logLines: options.logLines,
    app: (clock) => ({ clientSignIn: (signIn = new ClientSignIn({ clock, customFetch: options.customFetch })) }),
  });
  await openClientPartStore(server.store);
  if (options.demo) {
    const logger = createLogger('silent');
    await deployProcessFiles(server.engine, logger);
    await seedDemoUsers(server.store, { password: PASSWORD, production: false });
    const engineAt = (at: Date) => createEngine({ store: server.store, lint: false, clock: () => at });
    await seedDemoPaths({ engine: server.engine, store: server.store, forms }, logger, engineAt);
    await server.engine.fireDueTimers();
    await seedDemoClients({ engine: server.engine, store: server.store, forms });
  }
  const provider = (await configureClientSignIn(
    signIn!,
    { oidc: null, publicUrl: null, demoProviderPort: 0 },
    { production: false, url: server.url },
  ))!;
  return {
    ...server,
    provider,
    async close() {
      await provider.close();
      await server.close();
    },
  };
}

/** Cookies of one site, from Set-Cookie headers. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Where the flow ended: the callback's redirect, the session cookie (if any) and a client carrying it. */
export interface FlowResult {
  location: string;
  session: string | null;
  client: Client | null;
}

async function get(url: string, jar: Jar): Promise<Response> {
  const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.take(res);
  return res;
}

/**
 * Signs a demo person in through the real provider. `authorize` may change the provider's URL
 * (e.g. its nonce), `callback` the URL back to Polku (its state or iss), `beforeCallback` runs
 * just before the callback (e.g. to move the server's clock).
 */
export async function signInFlow(
  server: ClientServer,
  person = 'demo-asiakas-1',
  change: { authorize?: (u: URL) => void; callback?: (u: URL) => void; beforeCallback?: () => void } = {},
): Promise<FlowResult> {
  const polku = new Jar();
  const idp = new Jar();
  const start = await get(`${server.url}/api/client/sign-in`, polku);
  if (start.status !== 303) throw new Error(`sign-in start gave ${start.status}`);
  const authorize = new URL(start.headers.get('location')!);
  change.authorize?.(authorize);
  let res = await get(authorize.href, idp);
  const page = new URL(res.headers.get('location')!, authorize);
  res = await get(page.href, idp);
  if (!(await res.text()).includes('Tämä ei ole oikea tunnistus')) throw new Error('the stand-in sign-in page did not show');
  res = await fetch(`${page.href}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: idp.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account: person }).toString(),
  });
  idp.take(res);
  let next = new URL(res.headers.get('location')!, page);
  // The provider resumes the authorization and redirects back to Polku's callback.
  for (let hops = 0; !next.href.startsWith(server.url) && hops < 5; hops++) {
    res = await get(next.href, idp);
    next = new URL(res.headers.get('location')!, next);
  }
  change.callback?.(next);
  change.beforeCallback?.();
  res = await get(next.href, polku);
  const session = polku.get('polku_session') ?? null;
  let client: Client | null = null;
  if (session) {
    const who = await fetch(`${server.url}/api/session`, { headers: { cookie: `polku_session=${session}` } });
    const { csrfToken } = (await who.json()) as { csrfToken: string };
    client = new Client(server.url, `polku_session=${session}`, csrfToken);
  }
  return { location: res.headers.get('location') ?? '', session, client };
}
