/**
 * Polku as an OpenID Connect relying party for the client's strong sign-in (openid-client):
 * authorization code flow with PKCE, state and nonce checked, the ID token's signature, issuer,
 * audience and times verified by the library. A sign-in in progress lives here for ten minutes,
 * found by a random id in a cookie; it is used once.
 */
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';

/** Where the client signs in (production: the national e-identification, from settings). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Polku's callback, `<public URL>/api/client/callback`. */
  redirectUri: string;
  /** The ID token claim that carries the henkilötunnus. */
  hetuClaim: string;
}

/** Why a sign-in was refused, for the client's message (never the token or the identity). */
export type SignInFailure = 'state' | 'nonce' | 'expired' | 'signature' | 'issuer' | 'identity' | 'transaction' | 'provider';

/** A refused sign-in: no session is opened. */
export class SignInRefused extends Error {
  constructor(
    readonly reason: SignInFailure,
    message: string,
  ) {
    super(message);
  }
}

/** The verified identity from the ID token. */
export interface SignedInIdentity {
  henkilotunnus: string;
  name: string;
}

interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  expiresAt: number;
}

const PENDING_MS = 10 * 60_000;
const MAX_PENDING = 10_000;

/** The relying party; `configure` it once the provider is known (the demo provider starts after the server listens). */
export class ClientSignIn {
  private config: Promise<oidc.Configuration> | null = null;
  private settings: OidcSettings | null = null;
  private skew = 0;
  private readonly pending = new Map<string, Pending>();

  /** `clock` is the server's clock (tests move it); `customFetch` lets a test see or change what the provider answers. */
  constructor(private readonly options: { clock?: () => Date; customFetch?: oidc.CustomFetch } = {}) {}

  /** Points the relying party at a provider; discovery runs once, on the first sign-in. */
  configure(settings: OidcSettings): void {
    this.settings = settings;
    this.config = null;
  }

  /** Polku's callback URL as configured (the origin of every callback). */
  get redirectUri(): string {
    return this.settings?.redirectUri ?? 'http://127.0.0.1/api/client/callback';
  }

  /** True once configured. */
  get ready(): boolean {
    return this.settings !== null;
  }

  private async configuration(): Promise<{ config: oidc.Configuration; settings: OidcSettings }> {
    const settings = this.settings;
    if (!settings) throw new SignInRefused('provider', 'strong sign-in is not configured');
    // The server's clock may differ from the machine's (tests move it): token times are checked against the server's.
    const skew = this.options.clock ? Math.round((this.options.clock().getTime() - Date.now()) / 1000) : 0;
    if (skew !== this.skew) this.config = null;
    this.skew = skew;
    this.config ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, { [oidc.clockSkew]: skew }, oidc.ClientSecretBasic(settings.clientSecret), {
        ...(settings.issuer.startsWith('http:') ? { execute: [oidc.allowInsecureRequests] } : {}),
        ...(this.options.customFetch ? { [oidc.customFetch]: this.options.customFetch } : {}),
      })
      .then((config) => {
        // The ID token's signature is checked against the provider's keys too (not only TLS to the token endpoint).
        oidc.enableNonRepudiationChecks(config);
        return config;
      })
      .catch((err: unknown) => {
        this.config = null;
        throw new SignInRefused('provider', `the identity provider did not answer: ${(err as Error).message}`);
      });
    return { config: await this.config, settings };
  }

  /** Starts a sign-in: the provider's URL to send the browser to and the id of the sign-in for the cookie. */
  async begin(): Promise<{ transactionId: string; url: URL }> {
    const { config, settings } = await this.configuration();
    const verifier = oidc.randomPKCECodeVerifier();
    const pending: Pending = { verifier, state: oidc.randomState(), nonce: oidc.randomNonce(), expiresAt: Date.now() + PENDING_MS };
    this.sweep();
    const transactionId = randomBytes(32).toString('base64url');
    this.pending.set(transactionId, pending);
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { transactionId, url };
  }

  /** Ends a sign-in at the callback: the code is exchanged and the ID token verified; SignInRefused for anything wrong. */
  async finish(transactionId: string | undefined, callbackUrl: URL): Promise<SignedInIdentity> {
    const pending = transactionId ? this.pending.get(transactionId) : undefined;
    if (transactionId) this.pending.delete(transactionId);
    if (!pending || pending.expiresAt < Date.now())
      throw new SignInRefused('transaction', 'no sign-in in progress (expired or used already)');
    const { config, settings } = await this.configuration();
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() as Record<string, unknown> | undefined;
    } catch (err) {
      throw refusal(err);
    }
    const hetu = claims?.[settings.hetuClaim];
    if (typeof hetu !== 'string' || !hetu) throw new SignInRefused('identity', 'the ID token has no personal identity code');
    const name = [claims?.given_name, claims?.family_name].filter((s) => typeof s === 'string').join(' ') || String(claims?.name ?? '');
    return { henkilotunnus: hetu, name };
  }

  private sweep(): void {
    const at = Date.now();
    for (const [id, p] of this.pending) if (p.expiresAt < at) this.pending.delete(id);
    while (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
  }
}

/** The library's error as a refusal with its reason (openid-client names the failed check in the cause's message). */
function refusal(err: unknown): SignInRefused {
  const cause = (err as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? cause.message : ((err as Error).message ?? String(err));
  const reason: SignInFailure = /"state"/.test(detail)
    ? 'state'
    : /"nonce"/.test(detail)
      ? 'nonce'
      : /"iss"|issuer/.test(detail)
        ? 'issuer'
        : /"exp"|"iat"|"nbf"|timestamp/i.test(detail)
          ? 'expired'
          : /signature/i.test(detail)
            ? 'signature'
            : 'provider';
  return new SignInRefused(reason, `sign-in refused: ${detail}`);
}
