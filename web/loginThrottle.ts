/**
 * Slows password guessing: after MAX_FAILURES failed logins for one username from one address
 * within the window, further attempts get 429 until the window has passed. In memory: a
 * restart forgets, which is acceptable for one server process.
 */
import { AppError } from '../engine/errors.js';

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const MAX_KEYS = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  private key(username: string, ip: string): string {
    return `${ip}\u0000${username.toLowerCase()}`;
  }

  /** Throws rate_limited while the username+address is locked out. */
  check(username: string, ip: string): void {
    const entry = this.failures.get(this.key(username, ip));
    if (!entry) return;
    if (this.clock() - entry.since > WINDOW_MS) this.failures.delete(this.key(username, ip));
    else if (entry.count >= MAX_FAILURES) throw new AppError('rate_limited', 'too many failed logins; try again later');
  }

  /** Records a failed attempt. */
  fail(username: string, ip: string): void {
    const key = this.key(username, ip);
    const entry = this.failures.get(key);
    if (entry && this.clock() - entry.since <= WINDOW_MS) entry.count++;
    else {
      if (this.failures.size >= MAX_KEYS) this.failures.delete(this.failures.keys().next().value as string);
      this.failures.set(key, { count: 1, since: this.clock() });
    }
  }

  /** Forgets the failures after a successful login. */
  succeed(username: string, ip: string): void {
    this.failures.delete(this.key(username, ip));
  }
}
