/**
 * The client's sign-in settings from the environment. With an issuer, its client id and secret
 * and Polku's public URL are required. Without one, production has no client sign-in (the workers'
 * Polku runs), and elsewhere `npm start` runs the local demo provider (web/oidc/demoProvider.ts).
 */
import { AppError } from '../../engine/errors.js';
import { HETU_CLAIM } from './demoProvider.js';
import type { OidcSettings } from './relyingParty.js';

export interface ClientSignInSettings {
  /** The provider's settings, or null: run the demo provider (never in production). */
  oidc: Omit<OidcSettings, 'redirectUri'> | null;
  /** Polku's public URL (callback base), or null: the address the server listens on. */
  publicUrl: string | null;
  /** Port of the demo provider (0: any free one); default Polku's port + 1, or 0 when Polku's is 0. */
  demoProviderPort: number;
}

function bad(name: string, message: string): AppError {
  return new AppError('invalid_input', `configuration ${name} ${message}`, [{ path: `/${name}`, message }]);
}

/** Reads the sign-in settings; throws an AppError naming the variable that is missing or wrong. */
export function loadClientSignInSettings(env: NodeJS.ProcessEnv = process.env): ClientSignInSettings {
  const issuer = env.POLKU_OIDC_ISSUER?.trim() || null;
  const clientId = env.POLKU_OIDC_CLIENT_ID?.trim() || null;
  const clientSecret = env.POLKU_OIDC_CLIENT_SECRET?.trim() || null;
  const publicUrl = env.POLKU_PUBLIC_URL?.trim().replace(/\/$/, '') || null;
  if (publicUrl && !/^https?:\/\/[^/]+$/.test(publicUrl)) throw bad('POLKU_PUBLIC_URL', 'must be http(s)://host[:port] without a path');
  if (issuer && !/^https?:\/\//.test(issuer)) throw bad('POLKU_OIDC_ISSUER', 'must be an http(s) URL');
  if (issuer) {
    for (const [name, value] of [
      ['POLKU_OIDC_ISSUER', issuer],
      ['POLKU_OIDC_CLIENT_ID', clientId],
      ['POLKU_OIDC_CLIENT_SECRET', clientSecret],
      ['POLKU_PUBLIC_URL', publicUrl],
    ] as const) {
      if (!value) throw bad(name, 'is required with POLKU_OIDC_ISSUER (the clients’ sign-in)');
    }
  }
  // Beside Polku's own port (3001 for 3000); any free port when Polku's is 0 (tests, several servers at once).
  const own = Number(env.PORT ?? '3000');
  const port = Number(env.POLKU_DEMO_IDP_PORT ?? (Number.isInteger(own) && own > 0 && own < 65535 ? String(own + 1) : '0'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw bad('POLKU_DEMO_IDP_PORT', 'must be an integer 0–65535');
  return {
    oidc: issuer
      ? { issuer, clientId: clientId!, clientSecret: clientSecret!, hetuClaim: env.POLKU_OIDC_HETU_CLAIM?.trim() || HETU_CLAIM }
      : null,
    publicUrl,
    demoProviderPort: port,
  };
}
