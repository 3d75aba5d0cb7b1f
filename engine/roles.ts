/** The role ids of shared/DOMAIN.md section 2, and `admin` who manages accounts; a user may hold several. */
export const ROLES = [
  'case-manager',
  'nurse',
  'doctor',
  'social-worker',
  'kela',
  'psychiatric-nurse',
  'work-ability-coordinator',
  'occupational-health',
  'job-coach',
  'rehabilitation-counsellor',
  /** The employee's own supervisor in an employer's early-support model (Kainuu, 000 L33, L130): not a manager of figures. */
  'supervisor',
  'team',
  'manager',
  'process-owner',
  'auditor',
  /** Runs the service: sees incidents (elements and engine messages, no client data). */
  'operations',
  'client',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** The roles that sit in or book the team meetings. */
export const MEETING_ROLES: readonly Role[] = [
  'case-manager',
  'social-worker',
  'work-ability-coordinator',
  'nurse',
  'doctor',
  'kela',
  'psychiatric-nurse',
  'rehabilitation-counsellor',
  'team',
];

/** True when the text is one of the known role ids. */
export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

/** True when the account is active and holds one of the roles (who may be chosen or counted as a worker of them). */
export function isActiveWith(user: { disabled?: boolean; roles: readonly string[] }, roles: readonly string[]): boolean {
  return !user.disabled && user.roles.some((r) => roles.includes(r));
}
