/** The real form the HTTP tests complete tasks with, and data that passes and fails it. */
export const FORM = {
  key: 'test-form',
  valid: { summary: 'Fiktiivinen yhteenveto' } as Record<string, unknown>,
  invalid: { consentGiven: 'kyllä' } as Record<string, unknown>,
  invalidPaths: ['/summary'],
  finnish: /[äöÄÖ]|pakollinen|kenttä|arvo/i,
};
