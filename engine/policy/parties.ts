/** The consent parties of the worker roles: one table, owned by the policy. */

/** The Y100 party each role belongs to; `team` members see shared data once any consent is given. */
export const PARTY_OF_ROLE: Record<string, string> = {
  'social-worker': 'social-services',
  doctor: 'health-doctor',
  nurse: 'health-doctor',
  'occupational-health': 'health-doctor',
  kela: 'kela',
  'case-manager': 'employment-services',
  'work-ability-coordinator': 'work-ability-coordinator',
  'psychiatric-nurse': 'mental-health-services',
  'job-coach': 'job-coach',
  'rehabilitation-counsellor': 'other',
};
