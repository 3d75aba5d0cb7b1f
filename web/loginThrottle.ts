/**
 * Slows password guessing: after MAX_FAILURES failed logins for one username from one address
 * within the window, further attempts get 429 until the window has passed. In memory: a
 * restart forgets, which is acceptable for one server process.
 */
import { AppError } from '../engine/errors.js';

const MAX_FAILURES = 5;
/** Failures from one address across all usernames (password spraying). */
const MAX_FAILURES_PER_ADDRESS = 50;
const WINDOW_MS = 15 * 60_000;
const MAX_KEYS = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  private key(username: string, ip: string): string {
    return `${ip}\u0000${username.toLowerCase()}`;
  }

  /** Throws rate_limited while the username+address, or the whole address, is locked out. */
  check(username: string, ip: string): void {
    this.checkKey(this.key(username, ip), MAX_FAILURES);
    this.checkKey(this.addressKey(ip), MAX_FAILURES_PER_ADDRESS);
  }

  private addressKey(ip: string): string {
    return `${ip}\u0001`;
  }

  private checkKey(key: string, max: number): void {
    const entry = this.failures.get(key);
    if (!entry) return;
    if (this.clock() - entry.since > WINDOW_MS) this.failures.delete(key);
    else if (entry.count >= max) throw new AppError('rate_limited', 'too many failed logins; try again later');
  }

  /** Records a failed attempt for the username+address and for the address. */
  fail(username: string, ip: string): void {
    this.count(this.key(username, ip));
    this.count(this.addressKey(ip));
  }

  private count(key: string): void {
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
