/** The real form the HTTP tests complete tasks with (forms/schemas/health-check-feedback), and data that passes and fails it. */
export const FORM = {
  key: 'health-check-feedback',
  valid: { nurseDecision: 'doctor', findings: 'Fiktiivinen havainto (demo)' } as Record<string, unknown>,
  invalid: { nurseDecision: 'maybe', findings: 42 } as Record<string, unknown>,
  invalidPaths: ['/nurseDecision', '/findings'],
  /** Finnish words of ajv-i18n's and the forms' messages. */
  finnish: /[äöÄÖ]|pitää|tulee|sallittu|arvo|kenttä/i,
};
