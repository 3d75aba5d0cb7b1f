/** The clients' sign-in settings: an issuer needs its client id, secret and Polku's public URL; the demo provider sits beside Polku's port. */
import { expect } from 'chai';
import { AppError } from '../../../engine/errors.js';
import { loadClientSignInSettings } from '../../../web/oidc/settings.js';

describe("the clients' sign-in settings", () => {
  it('Given an issuer without its secret, then start-up is refused naming POLKU_OIDC_CLIENT_SECRET', () => {
    const env = {
      POLKU_OIDC_ISSUER: 'https://tunnistus.example.fi',
      POLKU_OIDC_CLIENT_ID: 'polku',
      POLKU_PUBLIC_URL: 'https://polku.example.fi',
    };
    expect(() => loadClientSignInSettings(env))
      .to.throw(AppError)
      .with.property('details')
      .that.deep.equals([{ path: '/POLKU_OIDC_CLIENT_SECRET', message: 'is required with POLKU_OIDC_ISSUER (the clients’ sign-in)' }]);
  });

  it('Given the full settings, then the provider comes from them and the henkilötunnus claim is the Suomi.fi one by default', () => {
    const settings = loadClientSignInSettings({
      NODE_ENV: 'production',
      POLKU_OIDC_ISSUER: 'https://tunnistus.example.fi',
      POLKU_OIDC_CLIENT_ID: 'polku',
      POLKU_OIDC_CLIENT_SECRET: 's3cret-value',
      POLKU_PUBLIC_URL: 'https://polku.example.fi/',
    });
    expect(settings.oidc).to.deep.equal({
      issuer: 'https://tunnistus.example.fi',
      clientId: 'polku',
      clientSecret: 's3cret-value',
      hetuClaim: 'urn:oid:1.2.246.21',
    });
    expect(settings.publicUrl).to.equal('https://polku.example.fi');
  });

  it('Given production without an issuer, then there is no provider (and no demo provider is started for it)', () => {
    expect(loadClientSignInSettings({ NODE_ENV: 'production' }).oidc).to.equal(null);
  });

  it("The demo provider's port is Polku's + 1, or any free one when Polku's is 0", () => {
    expect(loadClientSignInSettings({ PORT: '3000' }).demoProviderPort).to.equal(3001);
    expect(loadClientSignInSettings({ PORT: '0' }).demoProviderPort).to.equal(0);
  });
});
