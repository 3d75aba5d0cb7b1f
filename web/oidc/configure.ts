/** Points the clients' sign-in at its provider once the server listens: the configured one, or (never in production) the local demo provider. */
import { startDemoProvider, type DemoProvider, HETU_CLAIM } from './demoProvider.js';
import type { ClientSignIn } from './relyingParty.js';
import type { ClientSignInSettings } from './settings.js';

/** Configures `signIn`; returns the demo provider when one was started (the caller closes it). */
export async function configureClientSignIn(
  signIn: ClientSignIn,
  settings: ClientSignInSettings,
  server: { production: boolean; url: string },
): Promise<DemoProvider | null> {
  const base = settings.publicUrl ?? server.url;
  const redirectUri = `${base}/api/client/callback`;
  if (settings.oidc) {
    signIn.configure({ ...settings.oidc, redirectUri });
    return null;
  }
  if (server.production) return null; // loadClientSignInSettings already refused production without a provider
  const demo = await startDemoProvider({ redirectUris: [redirectUri], port: settings.demoProviderPort });
  signIn.configure({ issuer: demo.issuer, clientId: demo.clientId, clientSecret: demo.clientSecret, redirectUri, hetuClaim: HETU_CLAIM });
  return demo;
}
