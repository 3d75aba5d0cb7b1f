/** Accounts, sessions and the login throttle: a concern of their own, kept apart from client paths. */

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  passwordHash: string;
  createdAt: string;
  /** A disabled user cannot sign in and has no sessions. Absent means false. */
  disabled?: boolean;
}

export interface SessionRecord {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  /** The absolute end of the session. */
  expiresAt: string;
  /** The last request seen on the session (idle expiry); absent means `createdAt`. */
  lastSeenAt?: string;
}

export interface AccountStore {
  /** Inserts or replaces a user by id; usernames are unique. */
  saveUser(u: UserRecord): Promise<void>;
  /** A user by username, or null. */
  findUserByUsername(username: string): Promise<UserRecord | null>;
  /** A user by id, or null. */
  getUser(id: string): Promise<UserRecord | null>;
  /** How many users exist. */
  countUsers(): Promise<number>;
  /** Every user, ordered by username. */
  listUsers(): Promise<UserRecord[]>;

  /** Stores a new session. */
  createSession(s: SessionRecord): Promise<void>;
  /** A session by id, or null (expired ones included; the caller checks). */
  getSession(id: string): Promise<SessionRecord | null>;
  /** Records the time of the latest request on a session; no error if absent. */
  touchSession(id: string, lastSeenAt: string): Promise<void>;
  /** Removes a session; no error if absent. */
  deleteSession(id: string): Promise<void>;
  /** Removes every session of a user (roles changed, disabled, password reset). */
  deleteUserSessions(userId: string): Promise<void>;

  /** Records one failed login under a throttle key, and forgets that key's failures older than `forgetBefore`. */
  recordLoginFailure(key: string, at: string, forgetBefore: string): Promise<void>;
  /** How many failed logins the key has at or after `since`. */
  countLoginFailures(key: string, since: string): Promise<number>;
  /** Forgets the failures of a key (after a successful login). */
  clearLoginFailures(key: string): Promise<void>;
}
