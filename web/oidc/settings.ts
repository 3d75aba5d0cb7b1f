/**
 * The client's sign-in settings from the environment. In production the issuer, client id and
 * secret and the public URL are required; elsewhere, when none is set, `npm start` runs the local
 * demo provider (web/oidc/demoProvider.ts) instead.
 */
import { AppError } from '../../engine/errors.js';
import { HETU_CLAIM } from './demoProvider.js';
import type { OidcSettings } from './relyingParty.js';

export interface ClientSignInSettings {
  /** The provider's settings, or null: run the demo provider (never in production). */
  oidc: Omit<OidcSettings, 'redirectUri'> | null;
  /** Polku's public URL (callback base), or null: the address the server listens on. */
  publicUrl: string | null;
  /** Port of the demo provider (0: any free one). */
  demoProviderPort: number;
}

function bad(name: string, message: string): AppError {
  return new AppError('invalid_input', `configuration ${name} ${message}`, [{ path: `/${name}`, message }]);
}

/** Reads the sign-in settings; throws an AppError naming the variable that is missing or wrong. */
export function loadClientSignInSettings(env: NodeJS.ProcessEnv = process.env): ClientSignInSettings {
  const production = env.NODE_ENV === 'production';
  const issuer = env.POLKU_OIDC_ISSUER?.trim() || null;
  const clientId = env.POLKU_OIDC_CLIENT_ID?.trim() || null;
  const clientSecret = env.POLKU_OIDC_CLIENT_SECRET?.trim() || null;
  const publicUrl = env.POLKU_PUBLIC_URL?.trim().replace(/\/$/, '') || null;
  if (publicUrl && !/^https?:\/\/[^/]+$/.test(publicUrl)) throw bad('POLKU_PUBLIC_URL', 'must be http(s)://host[:port] without a path');
  if (issuer && !/^https?:\/\//.test(issuer)) throw bad('POLKU_OIDC_ISSUER', 'must be an http(s) URL');
  if (production || issuer) {
    for (const [name, value] of [
      ['POLKU_OIDC_ISSUER', issuer],
      ['POLKU_OIDC_CLIENT_ID', clientId],
      ['POLKU_OIDC_CLIENT_SECRET', clientSecret],
      ['POLKU_PUBLIC_URL', publicUrl],
    ] as const) {
      if (!value) throw bad(name, 'is required for the clients’ sign-in (production, or when POLKU_OIDC_ISSUER is set)');
    }
  }
  const port = Number(env.POLKU_DEMO_IDP_PORT ?? '3001');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw bad('POLKU_DEMO_IDP_PORT', 'must be an integer 0–65535');
  return {
    oidc: issuer
      ? { issuer, clientId: clientId!, clientSecret: clientSecret!, hetuClaim: env.POLKU_OIDC_HETU_CLAIM?.trim() || HETU_CLAIM }
      : null,
    publicUrl,
    demoProviderPort: port,
  };
}
