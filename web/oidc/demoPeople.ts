/**
 * The fictional demo clients of the local test identity provider. Their henkilötunnus are in the
 * 900–999 series of individual numbers, which the population register never gives to a real
 * person; every name is invented. Each is linked to a demo path by its business key (web/demo/seedClients.ts).
 */
export interface DemoPerson {
  /** The account id at the demo provider (the `sub` of the ID token). */
  id: string;
  givenName: string;
  familyName: string;
  henkilotunnus: string;
  /** The business key of the demo path this person is the client of. */
  pathBusinessKey: string;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    id: 'demo-asiakas-1',
    givenName: 'Aili',
    familyName: 'Asiakas (demo)',
    henkilotunnus: '010180-9015',
    pathBusinessKey: 'DEMO-referral-trial-6',
  },
  {
    id: 'demo-asiakas-2',
    givenName: 'Bertta',
    familyName: 'Bertilsson (demo)',
    henkilotunnus: '150275-902R',
    pathBusinessKey: 'DEMO-referral-trial-5',
  },
  {
    id: 'demo-asiakas-3',
    givenName: 'Cecilia',
    familyName: 'Coronen (demo)',
    henkilotunnus: '230390-903L',
    pathBusinessKey: 'DEMO-referral-occupational-health-6',
  },
];
