/**
 * The supported-employment (IPS) rules shared by the model and the use cases (DOMAIN §7): at most 20
 * clients per job coach, and the waiting list a client joins when every coach is full.
 */
export const IPS = {
  processKey: 'supported-employment',
  /** The IPS fidelity scale's caseload: at most 20 clients per coach. */
  caseloadLimit: 20,
  coachRole: 'job-coach',
  /** The ips-referral field naming the coach (a username) and the one putting the client on the list. */
  coachField: 'coach',
  waitingField: 'waitingList',
  /** The receive task a waiting client sits in, and the message that gives it a coach. */
  waitingActivity: 'waitingList',
  placeFreeMessage: 'ips-place-free',
} as const;
